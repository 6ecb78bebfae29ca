/* SUBSTR start must be positive */
say substr('abc', 1)
say substr('abc', 0)
