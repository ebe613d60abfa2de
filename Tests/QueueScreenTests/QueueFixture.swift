@testable import QueueScreen
