import CobroTerminal
import Foundation

/// Carries background results to the key loop.
final class DeskMailbox: DeskWorkRunner, @unchecked Sendable {
    // @unchecked: every access to `events` holds `lock`.
    private let lock = NSLock()
    private var events: [DeskEvent] = []
    private let queue = DispatchQueue(label: "cobro.desk.work", qos: .userInitiated)

    func run(_ work: @escaping @Sendable () -> DeskEvent) {
        queue.async { [self] in
            let event = work()
            lock.withLock { events.append(event) }
        }
    }

    func drain() -> [DeskEvent] {
        lock.withLock {
            defer { events.removeAll() }
            return events
        }
    }
}

/// Runs the desk on a real terminal until the user quits.
public enum DeskLoop {
    /// How long to wait for a key before looking for background results.
    private static let pollMilliseconds: Int32 = 40

    public static func run(context: DeskContext, data: any DeskData, session: TerminalSession) {
        let mailbox = DeskMailbox()
        let desk = Desk(context: context, data: data, runner: mailbox)
        desk.resize(width: session.size.width, height: session.size.height)
        desk.start()
        session.draw(desk.render())
        var immediateEmptyReads = 0
        while true {
            let asked = Date()
            let key = session.nextKey(timeoutMilliseconds: pollMilliseconds)
            var changed = false
            for event in mailbox.drain() {
                desk.receive(event)
                changed = true
            }
            if session.adoptTerminalSizeIfChanged() {
                desk.resize(width: session.size.width, height: session.size.height)
                changed = true
            }
            if let key {
                immediateEmptyReads = 0
                if key == .resize { desk.resize(width: session.size.width, height: session.size.height) }
                guard desk.handle(key) else { return }
                changed = true
            } else if Date().timeIntervalSince(asked) < 0.005 {
                // A read that returns at once with nothing, again and again, means the terminal is
                // gone (hung up with SIGHUP ignored): leave instead of spinning.
                immediateEmptyReads += 1
                if immediateEmptyReads > 200 { return }
            }
            if changed { session.draw(desk.render()) }
        }
    }
}
