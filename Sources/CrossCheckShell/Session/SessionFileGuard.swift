import CrossCheckCore

/// What keeps the session file safe from other writers: the lock that tells another CrossCheck
/// it is open here, whether it is open read-only because another one has it, and the SHA-256
/// of its bytes when last opened or saved (a save does not replace a file changed since).
struct SessionFileGuard {
  var lock: SessionLock?
  var isReadOnly = false
  var sha256: String?
}
