import Foundation

/// The processor time this process has used, all threads together, from `getrusage`.
enum ProcessCPUTime {
  /// User and system time so far, in seconds.
  static var seconds: Double {
    var usage = rusage()
    guard getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage) == 0 else { return .nan }
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }
}
