import CobroTerminal
import Foundation

/// Measures what a user waits for at the desk, without a terminal: the time to the first frame,
/// the time until the aging figures are on screen, and the time from a key press to its frame.
/// A frame here is the desk's grid plus the diff the terminal session would write; the write to
/// the tty itself is left out.
public struct DeskBenchmark {
    public struct Result: Sendable {
        /// From `run` being called (the process is already up) to the first frame.
        public var firstFrame: Duration
        /// From `run` being called to the first frame showing the aging report.
        public var agingShown: Duration
        /// One sample per key press: state updated, frame drawn, diff computed.
        public var keyToFrame: [(key: Key, duration: Duration)]
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

    /// Runs the desk through `keys` (scrolling, sorting, filtering) after the aging report is up.
    public func run(keys: [Key]) -> Result {
        let clock = ContinuousClock()
        let started = clock.now
        let mailbox = DeskMailbox()
        let desk = Desk(context: context, data: data, runner: mailbox)
        desk.resize(width: width, height: height)
        desk.start()
        var previous = desk.render()
        _ = GridDiff.changes(from: nil, to: previous)
        let firstFrame = clock.now - started

        while desk.state.aging.report == nil {
            let events = mailbox.drain()
            if events.isEmpty { usleep(200) }
            events.forEach(desk.receive)
        }
        previous = desk.render()
        _ = GridDiff.changes(from: nil, to: previous)
        let agingShown = clock.now - started

        var samples: [(key: Key, duration: Duration)] = []
        samples.reserveCapacity(keys.count)
        for key in keys {
            let pressed = clock.now
            _ = desk.handle(key)
            let frame = desk.render()
            _ = GridDiff.changes(from: previous, to: frame)
            samples.append((key, clock.now - pressed))
            previous = frame
        }
        return Result(firstFrame: firstFrame, agingShown: agingShown, keyToFrame: samples)
    }

    /// A morning's worth of owner keys on the aging screen: scrolling, paging, sorting,
    /// switching currency, filtering by typing and clearing.
    public static func typicalKeys(count: Int) -> [Key] {
        let pattern: [Key] = Array(repeating: .down, count: 20) + [.pageDown, .pageDown, .pageUp, .end, .home]
            + [.character("s"), .character("s"), .character("s"), .right, .left]
            + [.character("/"), .character("a"), .character("r"), .character("e"), .backspace, .backspace, .backspace, .backspace,
               .enter]
            + Array(repeating: .up, count: 5)
        return (0..<count).map { pattern[$0 % pattern.count] }
    }
}
