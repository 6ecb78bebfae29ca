/* ARG with a bad option */
say arg(1, 'E')
say arg(1, 'X')
