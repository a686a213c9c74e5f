import CMalloc

/// How many malloc arenas a scripting command's process keeps.
enum MallocArenas {
    /// One, shared by every thread. glibc gives each new thread an arena of its own (up to eight per core), and
    /// each arena kept a few hundred kilobytes of freed memory: about 2 MB of the walk's peak RSS of 43 MB when
    /// every transfer had a thread. A command waits on the network most of the time, and `transactions --all`
    /// decodes and writes on the one HTTP thread, so its threads hardly contend for the one lock. The browser and the sandbox
    /// server are left as they are.
    static func limitToOne() {
        _ = mallopt(M_ARENA_MAX, 1)
    }
}
