#pragma once

// The global `username` command that fills the local user database (router/user_accounts.h),
// `no username`, and the running-config lines they print:
//
//   username NAME [privilege N] secret [0] SECRET    kept as an MD5-crypt hash
//   username NAME [privilege N] secret 5 HASH        the hash as `show running-config` prints it
//   username NAME [privilege N] password [0] TEXT    kept in clear text
//
// printed as IOS 12.2/12.3 does, after the enable secret and password:
// `username NAME privilege 15 secret 5 $1$...` and `username NAME password 0 TEXT`.

namespace routerlab {

namespace cli {
class CommandTree;
}
class RunningConfigWriters;

void installUserAccountCommands(cli::CommandTree &tree, RunningConfigWriters &config);

} // namespace routerlab
