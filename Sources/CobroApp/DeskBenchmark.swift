import CobroTerminal
import Foundation

/// Measures what a user waits for at the desk, without a terminal: the time to the first frame,
/// the time until the queue and the aging report are loaded, and the time from a key press to its
/// frame on the aging screen and on the queue screen. A frame here is the desk's grid plus the
/// diff the terminal session would write; the write to the tty itself is left out.
public struct DeskBenchmark {
    public struct Result: Sendable {
        /// From `run` being called (the process is already up) to the first frame.
        public var firstFrame: Duration
        /// From `run` being called to the first frame with both the queue and the aging report loaded.
        public var dataShown: Duration
        /// One sample per key press on the aging screen: state updated, frame drawn, diff computed.
        public var agingKeys: [(key: Key, duration: Duration)]
        /// The same on the queue screen.
        public var queueKeys: [(key: Key, duration: Duration)]
    }

    public let context: DeskContext
    public let data: any DeskData
    public let width: Int
    public let height: Int

    public init(context: DeskContext, data: any DeskData, width: Int = 120, height: Int = 40) {
        self.context = context
        self.data = data
        self.width = width
        self.height = height
    }

    /// Waits for the queue and the aging report, then presses `agingKeys` on the aging screen
    /// (key 5) and `queueKeys` on the queue screen (key 1).
    public func run(agingKeys: [Key], queueKeys: [Key]) -> Result {
        let clock = ContinuousClock()
        let started = clock.now
        let mailbox = DeskMailbox()
        let desk = Desk(context: context, data: data, runner: mailbox)
        desk.resize(width: width, height: height)
        desk.start()
        var frame = Frame(desk: desk)
        let firstFrame = clock.now - started

        // Timing keys against a screen still loading would time "Loading…" frames. A failed load
        // (or an empty database, which shows the welcome) ends the wait: nothing more will come.
        var failed = false
        while !desk.state.isWelcome, !failed, desk.state.aging.report == nil || desk.state.queue.isLoading {
            let events = mailbox.drain()
            if events.isEmpty { usleep(200) }
            for event in events {
                if case .failed = event { failed = true }
                desk.receive(event)
            }
        }
        frame = Frame(desk: desk)
        let dataShown = clock.now - started

        func press(_ keys: [Key], on screen: DeskScreen) -> [(key: Key, duration: Duration)] {
            // A run of keys may stop inside a filter or search field, where the screen's key would be typed.
            while desk.state.isEditingText { _ = desk.handle(.escape) }
            _ = desk.handle(screen.keyPress)
            frame.advance(desk: desk)
            var samples: [(key: Key, duration: Duration)] = []
            samples.reserveCapacity(keys.count)
            for key in keys {
                let pressed = clock.now
                _ = desk.handle(key)
                frame.advance(desk: desk)
                samples.append((key, clock.now - pressed))
            }
            return samples
        }
        let aging = press(agingKeys, on: .aging)
        let queue = press(queueKeys, on: .queue)
        return Result(firstFrame: firstFrame, dataShown: dataShown, agingKeys: aging, queueKeys: queue)
    }

    /// A morning's worth of owner keys on the aging screen: scrolling, paging, sorting,
    /// switching currency, filtering by typing and clearing.
    public static func agingKeys(count: Int) -> [Key] {
        let pattern: [Key] = Array(repeating: .down, count: 20) + [.pageDown, .pageDown, .pageUp, .end, .home]
            + [.character("s"), .character("s"), .character("s"), .right, .left]
            + typedSearch
            + Array(repeating: .up, count: 5)
        return (0..<count).map { pattern[$0 % pattern.count] }
    }

    /// A clerk's keys on the queue screen: scrolling, paging, switching currency and tier,
    /// searching by typing and clearing; never taking an account (that leaves the screen).
    public static func queueKeys(count: Int) -> [Key] {
        let pattern: [Key] = Array(repeating: .down, count: 20) + [.pageDown, .pageDown, .pageUp, .end, .home]
            + [.character("c"), .character("c"), .character("t"), .character("t"), .escape]
            + typedSearch
            + Array(repeating: .up, count: 5)
        return (0..<count).map { pattern[$0 % pattern.count] }
    }

    private static let typedSearch: [Key] = [.character("/"), .character("a"), .character("r"), .character("e"),
                                              .backspace, .backspace, .backspace, .backspace, .enter]

    /// The last frame drawn, so that each new one costs what the terminal session's would: the
    /// grid plus its diff from the previous one.
    private struct Frame {
        var grid: Grid

        init(desk: Desk) {
            grid = desk.render()
            _ = GridDiff.changes(from: nil, to: grid)
        }

        mutating func advance(desk: Desk) {
            let next = desk.render()
            _ = GridDiff.changes(from: grid, to: next)
            grid = next
        }
    }
}

private extension DeskScreen {
    var keyPress: Key { .character(key) }
}
