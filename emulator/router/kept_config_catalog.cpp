#include "router/kept_config_catalog.h"

#include "router/config_writer.h"

namespace routerlab {
namespace {

namespace order = config_order;
namespace if_order = interface_config_order;

// Where kept global lines go among the router's own, in IOS 12.3's order.
constexpr int kServiceExtras = order::Services - 5;     // before `service timestamps`
constexpr int kLocalLogging = order::Boot + 40;         // `logging buffered` before `enable`
constexpr int kAaaMethods = order::Aaa + 1;             // after `aaa new-model`
constexpr int kClock = order::Aaa + 5;
constexpr int kIpServices = order::IpGlobal + 10;       // after `ip subnet-zero`
constexpr int kIpDomainExtras = order::IpDomain + 10;   // after `ip host`
constexpr int kIpSsh = order::IpCef + 50;
constexpr int kRemoteLogging = order::AccessLists - 10; // `logging trap`, `logging host`
constexpr int kCdp = order::AccessLists + 40;
constexpr int kSnmp = order::AccessLists + 50;
constexpr int kControlPlane = order::AccessLists + 60;
constexpr int kAlias = order::AccessLists + 80;
constexpr int kNtp = order::Lines + 100;

const char *const kLevels = "(<0-7>|alerts|critical|debugging|emergencies|errors|informational|"
                            "notifications|warnings)";
const std::vector<std::string> kLevelHelp = {
    "Logging severity level",          "Immediate action needed           (severity=1)",
    "Critical conditions               (severity=2)",
    "Debugging messages                (severity=7)",
    "System is unusable                (severity=0)",
    "Error conditions                  (severity=3)",
    "Informational messages            (severity=6)",
    "Normal but significant conditions (severity=5)",
    "Warning conditions                (severity=4)"};

std::vector<std::string> joined(std::vector<std::string> first, const std::vector<std::string> &then)
{
    first.insert(first.end(), then.begin(), then.end());
    return first;
}

// `logging console|trap LEVEL`: one severity for one destination.
KeptCommand loggingLevel(const std::string &destination, const std::string &help, int order)
{
    return {"config", "logging " + destination + " " + kLevels,
            joined({"Modify message logging facilities", help}, kLevelHelp), order, 2};
}

std::vector<KeptCommand> buildCatalog()
{
    std::vector<KeptCommand> c;
    // --- services, logging to the console and buffer
    c.push_back({"config", "service (tcp-keepalives-in|tcp-keepalives-out|sequence-numbers)",
                 {"Modify use of network based services",
                  "Generate keepalives on idle incoming network connections",
                  "Generate keepalives on idle outgoing network connections",
                  "Stamp logger messages with a sequence number"},
                 kServiceExtras, 2});
    c.push_back({"config", "logging buffered [<4096-2147483647>] [<0-7>|alerts|critical|debugging|emergencies|errors|informational|notifications|warnings]",
                 joined({"Modify message logging facilities", "Set buffered logging parameters",
                         "Logging buffer size"},
                        kLevelHelp),
                 kLocalLogging, 2});
    c.push_back(loggingLevel("console", "Set console logging parameters", kLocalLogging));
    // --- AAA methods, clock
    c.push_back({"config", "aaa authentication login (default|WORD) (local|none|enable|line) [local|none|enable|line]",
                 {"Authentication, Authorization and Accounting.",
                  "Authentication configurations parameters.",
                  "Set authentication lists for logins.", "The default authentication list.",
                  "Named authentication list.", "Use local username authentication.",
                  "NO authentication.", "Use enable password for authentication.",
                  "Use line password for authentication.", "Use local username authentication.",
                  "NO authentication.", "Use enable password for authentication.",
                  "Use line password for authentication."},
                 kAaaMethods, 4});
    c.push_back({"config", "aaa session-id (common|unique)",
                 {"Authentication, Authorization and Accounting.", "AAA Session ID",
                  "Common Session ID for all AAA requests", "Unique Session ID per AAA request"},
                 kAaaMethods, 2});
    c.push_back({"config", "clock timezone WORD <-23-23> [<0-59>]",
                 {"Configure time-of-day clock", "Configure time zone", "name of time zone",
                  "Hours offset from UTC", "Minutes offset from UTC"},
                 kClock, 2});
    c.push_back({"config", "clock summer-time WORD recurring",
                 {"Configure time-of-day clock", "Configure summer (daylight savings) time",
                  "name of time zone in summer", "Configure recurring summer time"},
                 kClock, 2});
    // --- IP services and names
    c.push_back({"config", "ip bootp server", {"Global IP configuration subcommands",
                                               "Config BOOTP services", "Enable BOOTP server"},
                 kIpServices, 0, KeptForm::DefaultOn});
    c.push_back({"config", "ip tcp synwait-time <5-300>",
                 {"Global IP configuration subcommands", "Global TCP parameters",
                  "Set time to wait on new TCP connections", "Wait time"},
                 kIpServices, 3});
    c.push_back({"config", "ip domain-name WORD",
                 {"Global IP configuration subcommands", "Define the default domain name",
                  "Default domain name"},
                 kIpDomainExtras, 2});
    c.push_back({"config", "ip domain name WORD",
                 {"Global IP configuration subcommands", "IP DNS Resolver",
                  "Define the default domain name", "Default domain name"},
                 kIpDomainExtras, 3});
    c.push_back({"config", "ip name-server A.B.C.D",
                 {"Global IP configuration subcommands", "Specify address of name server to use",
                  "Domain server IP address (maximum of 6)"},
                 kIpDomainExtras + 1, 0});
    c.push_back({"config", "ip ssh (time-out <1-120>|authentication-retries <0-5>|version <1-2>)",
                 {"Global IP configuration subcommands", "Configure ssh options",
                  "Specify SSH time-out interval", "SSH time-out interval (secs)",
                  "Specify number of authentication retries",
                  "Number of authentication retries", "Specify protocol version supported",
                  "Protocol version"},
                 kIpSsh, 3});
    // --- IKE and IPsec, until their modules exist
    c.push_back({"config", "crypto isakmp policy <1-10000>",
                 {"Encryption module", "Configure ISAKMP policy", "Set a policy for an ISAKMP protection suite",
                  "Priority of protection suite"},
                 order::CryptoIsakmp, 4, KeptForm::Set, "config-isakmp"});
    c.push_back({"config-isakmp", "hash (md5|sha)",
                 {"Set hash algorithm for protection suite", "Message Digest 5",
                  "Secure Hash Standard"},
                 0, 1});
    c.push_back({"config-isakmp", "authentication (pre-share|rsa-sig|rsa-encr)",
                 {"Set authentication method for protection suite", "Pre-Shared Key",
                  "Rivest-Shamir-Adleman Signature", "Rivest-Shamir-Adleman Encryption"},
                 0, 1});
    c.push_back({"config-isakmp", "encryption (des|3des|aes [128|192|256])",
                 {"Set encryption algorithm for protection suite",
                  "DES - Data Encryption Standard (56 bit keys).",
                  "Three key triple DES", "AES - Advanced Encryption Standard.",
                  "128 bit keys.", "192 bit keys.", "256 bit keys."},
                 0, 1});
    c.push_back({"config-isakmp", "group (1|2|5)",
                 {"Set the Diffie-Hellman group", "Diffie-Hellman group 1",
                  "Diffie-Hellman group 2", "Diffie-Hellman group 5"},
                 0, 1});
    c.push_back({"config-isakmp", "lifetime <60-86400>",
                 {"Set lifetime for ISAKMP security association",
                  "lifetime in seconds"},
                 0, 1});
    c.push_back({"config", "crypto isakmp key WORD address A.B.C.D [A.B.C.D]",
                 {"Encryption module", "Configure ISAKMP policy", "Set pre-shared key for remote peer",
                  "pre-shared key", "define shared key with IP address", "Peer IP address",
                  "Peer IP subnet mask"},
                 order::CryptoIsakmp + 10, 0});
    c.push_back({"config", "crypto isakmp keepalive <10-3600> [<2-60>] [periodic|on-demand]",
                 {"Encryption module", "Configure ISAKMP policy", "Set a keepalive interval for use with IOS peers",
                  "Number of seconds between keep alives", "DPD retry interval",
                  "Send DPD messages periodically", "Send DPD messages only when needed"},
                 order::CryptoIsakmp + 10, 3});
    c.push_back({"config", "crypto isakmp nat keepalive <5-3600>",
                 {"Encryption module", "Configure ISAKMP policy", "Set NAT traversal parameters",
                  "Set NAT keepalive interval", "Keepalive interval"},
                 order::CryptoIsakmp + 10, 4});
    c.push_back({"config", "crypto ipsec security-association lifetime (seconds <120-86400>|kilobytes <2560-536870912>)",
                 {"Encryption module", "Configure IPSEC policy",
                  "Security association parameters", "security association lifetime",
                  "Time-based key duration in seconds", "Security association duration",
                  "Volume-based key duration", "Security association duration"},
                 order::CryptoIpsec, 5});
    c.push_back({"config", "crypto ipsec transform-set WORD (esp-des|esp-3des|esp-aes [128|192|256]|esp-null|ah-md5-hmac|ah-sha-hmac) [esp-md5-hmac|esp-sha-hmac]",
                 {"Encryption module", "Configure IPSEC policy", "Define transform and settings",
                  "Transform set tag", "ESP transform using DES cipher (56 bits)",
                  "ESP transform using 3DES(EDE) cipher (168 bits)", "ESP transform using AES cipher",
                  "128 bit keys.", "192 bit keys.", "256 bit keys.", "ESP transform w/o cipher",
                  "AH-HMAC-MD5 transform", "AH-HMAC-SHA transform", "ESP transform using HMAC-MD5 auth",
                  "ESP transform using HMAC-SHA auth"},
                 order::CryptoIpsec + 10, 4, KeptForm::Set, "cfg-crypto-trans"});
    c.push_back({"cfg-crypto-trans", "mode (tunnel|transport)",
                 {"encapsulation mode (transport/tunnel)", "tunnel (datagram encapsulation) mode",
                  "transport (payload encapsulation) mode"},
                 0, 1});
    c.push_back({"config", "crypto map WORD local-address IFNAME",
                 {"Encryption module", "Enter a crypto map", "Crypto map tag",
                  "Interface to use for local address for this crypto map", "Interface name"},
                 order::CryptoMap, 4});
    c.push_back({"config", "crypto map WORD <1-65535> [ipsec-isakmp|ipsec-manual]",
                 {"Encryption module", "Enter a crypto map", "Crypto map tag",
                  "Sequence to insert into crypto map entry", "IPSEC w/ISAKMP",
                  "IPSEC w/manual keying"},
                 order::CryptoMap + 10, 4, KeptForm::Set, "config-crypto-map", true});
    c.push_back({"config-crypto-map", "set peer A.B.C.D",
                 {"Set values for encryption/decryption", "Allowed Encryption/Decryption peer",
                  "IP address of peer"},
                 0, 0});
    c.push_back({"config-crypto-map", "set transform-set WORD",
                 {"Set values for encryption/decryption", "Specify list of transform sets in priority order",
                  "Proposal tag"},
                 0, 2});
    c.push_back({"config-crypto-map", "set pfs [group1|group2|group5]",
                 {"Set values for encryption/decryption",
                  "Specify pfs settings", "D-H Group1 (768-bit modulus) exchange.",
                  "D-H Group2 (1024-bit modulus) exchange.", "D-H Group5 (1536-bit modulus) exchange."},
                 0, 2});
    c.push_back({"config-crypto-map", "set security-association lifetime (seconds <120-86400>|kilobytes <2560-536870912>)",
                 {"Set values for encryption/decryption", "Security association parameters",
                  "security association lifetime", "Time-based key duration in seconds",
                  "Security association duration", "Volume-based key duration",
                  "Security association duration"},
                 0, 4});
    c.push_back({"config-crypto-map", "match address (<100-199>|WORD)",
                 {"Match values.", "Match address of packets to encrypt.", "IP access-list number",
                  "IP access-list name"},
                 0, 2});
    c.push_back({"config-crypto-map", "reverse-route [static]",
                 {"Reverse Route Injection.", "Install RRI route for ACL even if no SA's"}, 0, 1});
    c.push_back({"config-if", "crypto map WORD [redundancy WORD]",
                 {"Encryption/Decryption commands", "Assign a Crypto Map", "Crypto Map tag",
                  "enable redundancy", "Name of standby group"},
                 if_order::CryptoMap, 2});
    // --- OSPF, until its module exists
    c.push_back({"config", "router ospf <1-65535>",
                 {"Enable a routing process", "Open Shortest Path First (OSPF)", "Process ID"},
                 order::RouterProtocols, 3, KeptForm::Set, "config-router", true});
    c.push_back({"config-router", "router-id A.B.C.D",
                 {"router-id for this OSPF process", "OSPF router-id in IP address format"}, 0, 1});
    c.push_back({"config-router", "log-adjacency-changes [detail]",
                 {"Log changes in adjacency state", "Log all state changes"}, 0, 1});
    c.push_back({"config-router", "network A.B.C.D A.B.C.D area (<0-4294967295>|A.B.C.D)",
                 {"Enable routing on an IP network", "Network number", "OSPF wild card bits",
                  "Set the OSPF area ID", "OSPF area ID as a decimal value",
                  "OSPF area ID in IP address format"},
                 0, 3});
    c.push_back({"config-router", "redistribute (static|connected) [subnets] [metric <0-16777214>] [metric-type (1|2)]",
                 {"Redistribute information from another routing protocol", "Static routes",
                  "Connected", "Consider subnets for redistribution into OSPF",
                  "Metric for redistributed routes", "OSPF default metric",
                  "OSPF/IS-IS exterior metric type for redistributed routes",
                  "Set OSPF External Type 1 metrics", "Set OSPF External Type 2 metrics"},
                 0, 2});
    c.push_back({"config-router", "passive-interface (default|IFNAME)",
                 {"Suppress routing updates on an interface",
                  "Suppress routing updates on all interfaces", "Interface name"},
                 0, 0});
    c.push_back({"config-router", "default-information originate [always]",
                 {"Control distribution of default information", "Distribute a default route",
                  "Always advertise default route"},
                 0, 2});
    // --- remote logging, SNMP, CDP
    c.push_back(loggingLevel("trap", "Set syslog server logging level", kRemoteLogging));
    c.push_back({"config", "logging source-interface IFNAME",
                 {"Modify message logging facilities",
                  "Specify interface for source address in logging transactions", "Interface name"},
                 kRemoteLogging, 2});
    c.push_back({"config", "logging (A.B.C.D|host A.B.C.D)",
                 {"Modify message logging facilities", "IP address of the logging host",
                  "Set syslog server IP address and parameters", "IP address of the syslog server"},
                 kRemoteLogging + 1, 0});
    c.push_back({"config", "cdp run", {"Global CDP configuration subcommands", "Enable CDP"},
                 kCdp, 0, KeptForm::DefaultOn});
    c.push_back({"config", "snmp-server community WORD [RO|RW] [<1-99>]",
                 {"Modify SNMP engine parameters", "Enable SNMP; set community string and access privs",
                  "SNMP community string", "Read-only access with this community string",
                  "Read-write access with this community string",
                  "Std IP accesslist allowed access with this community string"},
                 kSnmp, 3});
    c.push_back({"config", "snmp-server (location|contact) LINE",
                 {"Modify SNMP engine parameters", "Text for mib object sysLocation",
                  "Text for mib object sysContact", "identification of the location/contact"},
                 kSnmp + 1, 2});
    c.push_back({"config", "snmp-server enable traps [snmp|tty|config|hsrp|ipsec|isakmp]",
                 {"Modify SNMP engine parameters", "Enable SNMP Traps or Informs",
                  "Enable SNMP Traps", "Enable SNMP traps", "Enable TCP connection traps",
                  "Enable SNMP config traps", "Enable SNMP HSRP traps", "Enable IPsec traps",
                  "Enable ISAKMP traps"},
                 kSnmp + 2, 0});
    c.push_back({"config", "snmp-server host A.B.C.D WORD",
                 {"Modify SNMP engine parameters", "Specify hosts to receive SNMP notifications",
                  "IP address of SNMP notification host", "SNMPv1/v2c community string"},
                 kSnmp + 3, 4});
    c.push_back({"config", "control-plane", {"Configure control plane services"}, kControlPlane,
                 1, KeptForm::Set, "config-cp", true});
    c.push_back({"config", "alias (exec|configure|interface) WORD LINE",
                 {"Create command alias", "Exec mode", "Global configuration mode",
                  "Interface configuration mode", "Alias name", "Text of the alias"},
                 kAlias, 3});
    c.push_back({"config", "ntp server A.B.C.D [prefer]",
                 {"Configure NTP", "Configure NTP server", "IP address of peer",
                  "Prefer this peer when possible"},
                 kNtp, 3});
    c.push_back({"config", "ntp source IFNAME",
                 {"Configure NTP", "Configure interface for source address", "Interface name"},
                 kNtp, 2});
    c.push_back({"config", "ntp master [<1-15>]",
                 {"Configure NTP", "Act as NTP master clock", "Stratum number"}, kNtp, 2});
    // --- interface lines
    c.push_back({"config-if", "ip (redirects|unreachables|proxy-arp|mroute-cache)",
                 {"Interface Internet Protocol config commands",
                  "Enable sending ICMP Redirect messages",
                  "Enable sending ICMP Unreachable messages", "Enable proxy ARP",
                  "Enable switching cache for incoming multicast packets"},
                 if_order::IpOptions, 2, KeptForm::DefaultOn});
    c.push_back({"config-if", "ip nat (inside|outside)",
                 {"Interface Internet Protocol config commands", "NAT interface commands",
                  "Inside interface for address translation",
                  "Outside interface for address translation"},
                 if_order::IpOptions + 1, 2});
    c.push_back({"config-if", "ip tcp adjust-mss <500-1460>",
                 {"Interface Internet Protocol config commands", "TCP header compression and/or compression",
                  "Adjust the mss of transit packets", "Maximum segment size in bytes"},
                 if_order::IpOptions + 2, 3});
    c.push_back({"config-if", "ip helper-address A.B.C.D",
                 {"Interface Internet Protocol config commands",
                  "Specify a destination address for UDP broadcasts", "IP destination address"},
                 if_order::IpOptions + 2, 0});
    c.push_back({"config-if", "ip ospf (cost <1-65535>|priority <0-255>|hello-interval <1-65535>|dead-interval <1-65535>)",
                 {"Interface Internet Protocol config commands", "OSPF interface commands",
                  "Interface cost", "Cost", "Router priority", "Priority",
                  "Time between HELLO packets", "Seconds",
                  "Interval after which a neighbor is declared dead", "Seconds"},
                 if_order::IpOptions + 3, 3});
    c.push_back({"config-if", "load-interval <30-600>",
                 {"Specify interval for load calculation for an interface",
                  "Load interval delay in seconds"},
                 if_order::IpOptions + 4, 1});
    c.push_back({"config-if", "cdp enable", {"CDP interface subcommands", "Enable CDP on interface"},
                 if_order::Media, 0, KeptForm::DefaultOn});
    return c;
}

} // namespace

const std::vector<KeptMode> &keptModes()
{
    static const std::vector<KeptMode> modes = {
        {"config-isakmp", "(config-isakmp)", "ISAKMP commands:"},
        {"cfg-crypto-trans", "(cfg-crypto-trans)", "Crypto transform configuration commands:"},
        {"config-crypto-map", "(config-crypto-map)", "Crypto Map configuration commands:"},
        {"config-cp", "(config-cp)", "Control Plane configuration commands:"}};
    return modes;
}

const std::vector<KeptCommand> &keptCommands()
{
    static const std::vector<KeptCommand> catalog = buildCatalog();
    return catalog;
}

} // namespace routerlab
