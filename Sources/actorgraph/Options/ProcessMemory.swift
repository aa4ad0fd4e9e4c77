import Foundation

/// This process's memory as Linux reports it in /proc/self/status, in megabytes.
enum ProcessMemory {
  /// The peak resident set so far (VmHWM).
  static var peakMegabytes: Double { field("VmHWM:") }
  /// The resident set now (VmRSS).
  static var residentMegabytes: Double { field("VmRSS:") }

  private static func field(_ name: String) -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name) }),
      let kb = Double(line.split(separator: " ").dropFirst().first ?? "")
    else { return .nan }
    return kb / 1024
  }
}

/// Prints a benchmark line at once, even when standard output is a file (where `print` would
/// hold it until the process ends).
func reportLine(_ line: String) {
  FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
