#pragma once

// The local user database of IOS's global `username` command: who may log in on a line with
// `login local`, with which password and at which privilege level. A user has either a clear
// text `password` or an MD5-crypt `secret` ("$1$salt$hash", as `enable secret 5` keeps it),
// never both, as in IOS. The commands and the running-config lines are in
// user_accounts_cli.h.

#include <optional>
#include <string>
#include <vector>

namespace routerlab {

struct UserAccount {
    std::string name;
    int privilege = 1;
    std::string secret;   // MD5-crypt hash, empty when the user has a password
    std::string password; // clear text, empty when the user has a secret
};

class UserAccounts {
public:
    // The accounts in the order they were first configured (the running config keeps it).
    const std::vector<UserAccount> &all() const { return m_accounts; }
    const UserAccount *find(const std::string &name) const;
    // The account named `name`, added with privilege 1 and no password when it is new.
    UserAccount &findOrAdd(const std::string &name);
    bool remove(const std::string &name);

    // What `login local` checks: the account's privilege when `name` exists and `password`
    // opens it. IOS says the same "% Login invalid" for an unknown user and a wrong password,
    // so callers are not told which it was.
    std::optional<int> verify(const std::string &name, const std::string &password) const;

private:
    std::vector<UserAccount> m_accounts;
};

} // namespace routerlab
