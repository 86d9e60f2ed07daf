#pragma once

// The global operator commands every saved IOS configuration carries, and the parts of the
// running config they write:
//
//   version, service pad|password-encryption, boot-start-marker / boot system / boot-end-marker,
//   enable secret|password (and the exec `enable` that asks for them), aaa new-model,
//   ip subnet-zero, ip source-route, ip domain lookup, ip host, ip cef, ip http [secure-]server
//
// The defaults and the lines printed for them follow IOS 12.2 and 12.3 (the image decides
// which: 12.3 prints `no aaa new-model` and `no ip http secure-server`, 12.2 does not).

#include "core/logger.h"
#include "net/ipv4_address.h"

#include <optional>
#include <string>

namespace routerlab {

namespace cli {
class CommandTree;
}
class Router;
class RunningConfigWriters;

void installSystemCommands(cli::CommandTree &tree, RunningConfigWriters &config);

// A host name as `ping` and `telnet` resolve it: an `ip host` entry, or a dotted address.
std::optional<Ipv4Address> resolveHost(const Router &router, const std::string &name);

// "service timestamps log datetime msec", as the running config prints a TimestampStyle.
std::string timestampConfigLine(const char *kind, const TimestampStyle &style);

// crypt(3)'s MD5 scheme ("$1$salt$hash", as `enable secret 5` prints it); salt up to 8 chars.
std::string md5Crypt(const std::string &password, const std::string &salt);
// What `enable secret` and `username NAME secret` keep of a clear-text secret: its md5Crypt
// with a salt of four characters from the router's random stream, as IOS salts it.
std::string newSecretHash(Router &router, const std::string &password);
// Whether `password` matches an "$1$salt$hash" string.
bool md5CryptMatches(const std::string &password, const std::string &hashed);

} // namespace routerlab
