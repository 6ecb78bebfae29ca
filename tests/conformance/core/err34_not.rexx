/* Prefix not needs 0 or 1 */
say \0
say \2
