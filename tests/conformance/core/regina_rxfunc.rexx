/* the RXFUNC* family: nothing can be loaded, so the return codes tell so */
say rxfuncquery('SysLoadFuncs')
say rxfuncadd('SysLoadFuncs', 'rexxutil', 'SysLoadFuncs')
say rxfuncquery('SysLoadFuncs')
say rxfuncdrop('SysLoadFuncs')
say length(rxfuncerrmsg()) > 0
