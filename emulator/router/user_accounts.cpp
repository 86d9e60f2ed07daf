#include "router/user_accounts.h"

#include "router/system_cli.h"

#include <algorithm>

namespace routerlab {

const UserAccount *UserAccounts::find(const std::string &name) const
{
    const auto found = std::find_if(m_accounts.begin(), m_accounts.end(),
                                    [&name](const UserAccount &user) { return user.name == name; });
    return found == m_accounts.end() ? nullptr : &*found;
}

UserAccount &UserAccounts::findOrAdd(const std::string &name)
{
    for (UserAccount &account : m_accounts) {
        if (account.name == name)
            return account;
    }
    UserAccount account;
    account.name = name;
    return m_accounts.emplace_back(std::move(account));
}

bool UserAccounts::remove(const std::string &name)
{
    return std::erase_if(m_accounts,
                         [&name](const UserAccount &user) { return user.name == name; }) > 0;
}

std::optional<int> UserAccounts::verify(const std::string &name, const std::string &password) const
{
    const UserAccount *account = find(name);
    if (!account)
        return std::nullopt;
    const bool opens = !account->secret.empty()
                           ? md5CryptMatches(password, account->secret)
                           : !account->password.empty() && password == account->password;
    if (!opens)
        return std::nullopt;
    return account->privilege;
}

} // namespace routerlab
