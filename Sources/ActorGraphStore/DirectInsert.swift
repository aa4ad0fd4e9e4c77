import GRDB
import GRDBSQLite

/// A cached INSERT of the store's hot path (sentences and evidence, dozens per article), bound
/// and stepped through SQLite's C API on GRDB's own statement and connection.
///
/// GRDB boxes every argument as a `DatabaseValue` in a `StatementArguments` array before binding
/// it; for these rows that cost a third of what SQLite itself spends inserting them. Used only
/// inside a GRDB write transaction, like the statement it wraps.
struct DirectInsert {
  private let statement: Statement
  private let db: Database

  /// The cached statement for `sql` in `db`.
  init(_ db: Database, sql: String) throws {
    self.db = db
    statement = try db.cachedStatement(sql: sql)
  }

  /// A value for one of the statement's parameters.
  enum Value {
    case integer(Int64)
    case real(Double)
    case text(String)
    case null

    /// Text, or NULL for none.
    static func text(_ value: String?) -> Value { value.map(Value.text) ?? .null }
  }

  /// Binds `values` to the parameters in order, runs the statement and returns the new rowid.
  /// - Throws: `DatabaseError` with SQLite's message (a failed foreign key, a full disk).
  @discardableResult
  func run(_ values: Value...) throws -> Int64 {
    let handle = statement.sqliteStatement
    sqlite3_reset(handle)
    for (offset, value) in values.enumerated() {
      let index = Int32(offset + 1)
      let code: Int32
      switch value {
      case .integer(let v): code = sqlite3_bind_int64(handle, index, v)
      case .real(let v): code = sqlite3_bind_double(handle, index, v)
      case .null: code = sqlite3_bind_null(handle, index)
      case .text(var v):
        // SQLite copies the bytes (SQLITE_TRANSIENT); an empty string still binds as text.
        code = v.withUTF8 { bytes in
          guard let start = bytes.baseAddress, !bytes.isEmpty else { return sqlite3_bind_text(handle, index, "", 0, Self.transient) }
          return UnsafeRawPointer(start).withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            sqlite3_bind_text(handle, index, $0, Int32(bytes.count), Self.transient)
          }
        }
      }
      guard code == SQLITE_OK else { throw error(code) }
    }
    let code = sqlite3_step(handle)
    guard code == SQLITE_DONE else {
      // The reset reports the statement's extended code (SQLITE_CONSTRAINT_FOREIGNKEY, ...).
      let extended = sqlite3_reset(handle)
      throw error(extended == SQLITE_OK ? code : extended)
    }
    return db.lastInsertedRowID
  }

  private func error(_ code: Int32) -> DatabaseError {
    DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
  }

  /// `SQLITE_TRANSIENT`, a C macro Swift cannot import: SQLite copies the bound bytes.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
