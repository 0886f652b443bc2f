import Foundation

/// An advisory lock (`flock`) saying a session file is open in a running CrossCheck, so a second
/// one opening it can be told. It is held on `.NAME.lock` beside the session file rather than on
/// the file itself, because every save replaces the file (a new inode) by renaming over it. The
/// lock ends when the process does, however it ends; the small lock file stays.
public final class SessionLock {
  /// What trying to lock a session gave.
  public enum Outcome {
    case acquired(SessionLock)
    /// Another running CrossCheck has the session open.
    case heldElsewhere
    /// No lock could be taken (a read-only folder, a planted link): go on without one.
    case unavailable
  }

  public let sessionPath: String
  private let descriptor: Int32

  private init(sessionPath: String, descriptor: Int32) {
    self.sessionPath = sessionPath
    self.descriptor = descriptor
  }

  deinit {
    close(descriptor)
  }

  /// `.NAME.lock` beside the session file.
  public static func lockPath(for session: String) -> String {
    let url = URL(fileURLWithPath: session)
    let name = url.deletingPathExtension().lastPathComponent
    return url.deletingLastPathComponent().appendingPathComponent(".\(name).lock").path
  }

  public static func acquire(for session: String) -> Outcome {
    let path = lockPath(for: session)
    let descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, 0o600)
    guard descriptor >= 0 else { return .unavailable }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
      close(descriptor)
      return .unavailable
    }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      let busy = errno == EWOULDBLOCK
      close(descriptor)
      return busy ? .heldElsewhere : .unavailable
    }
    return .acquired(SessionLock(sessionPath: session, descriptor: descriptor))
  }
}
