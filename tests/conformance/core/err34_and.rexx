/* A logical operator needs 0 or 1 */
say 1 & 1
say 1 & 2
