/// The 64-bit FNV-1a hash: a few instructions a byte, for keys hashed in hot loops (word ids,
/// actor ids) and for the content hashes the store compares. Not for anything adversarial.
struct FNV1a {
  /// The hash of the bytes combined so far.
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  /// Mixes `bytes` into the hash.
  @inline(__always) mutating func combine(_ bytes: some Sequence<UInt8>) {
    for byte in bytes { combine(byte) }
  }

  /// Mixes one byte into the hash.
  @inline(__always) mutating func combine(_ byte: UInt8) {
    value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
  }
}
