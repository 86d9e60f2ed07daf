// QtTest first: moc cannot parse <compare> (reached through net/) ahead of every Qt header.
#include <QtTest>

#include "cli/interface_names.h"

using namespace routerlab::cli;

class InterfaceNamesTest : public QObject {
    Q_OBJECT
private slots:
    void abbreviationsBecomeCanonicalNames_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("fa0/0") << "fa0/0" << "FastEthernet0/0";
        QTest::newRow("full name") << "FastEthernet0/0" << "FastEthernet0/0";
        QTest::newRow("upper case") << "FA1/0" << "FastEthernet1/0";
        QTest::newRow("Lo0") << "Lo0" << "Loopback0";
        QTest::newRow("subinterface") << "se3/0.1" << "Serial3/0.1";
        QTest::newRow("gigabit") << "g0/1" << "GigabitEthernet0/1";
        QTest::newRow("ethernet") << "e2/3" << "Ethernet2/3";
        QTest::newRow("tunnel") << "tu100" << "Tunnel100";
        QTest::newRow("port-channel") << "po1" << "Port-channel1";
        QTest::newRow("null") << "nu0" << "Null0";
        QTest::newRow("vlan") << "vl10" << "Vlan10";
        QTest::newRow("atm") << "at1/0" << "ATM1/0";
    }

    void abbreviationsBecomeCanonicalNames()
    {
        QFETCH(QString, typed);
        QFETCH(QString, canonical);
        const auto name = canonicalInterfaceName(typed.toStdString());
        QVERIFY(name.has_value());
        QCOMPARE(QString::fromStdString(*name), canonical);
    }

    void nonInterfacesAreRejected_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("no number") << "fa";
        QTest::newRow("slotted without slash") << "fa0";
        QTest::newRow("loopback with slash") << "lo0/0";
        QTest::newRow("loopback subinterface") << "lo0.1";
        QTest::newRow("unknown type") << "xy0/0";
        QTest::newRow("trailing slash") << "fa0/";
        QTest::newRow("garbage after number") << "fa0/0x";
        QTest::newRow("only a number") << "0/0";
        QTest::newRow("empty") << "";
    }

    void nonInterfacesAreRejected()
    {
        QFETCH(QString, typed);
        QVERIFY(!canonicalInterfaceName(typed.toStdString()).has_value());
    }

    void typeAndNumberMayBeSeparateWords()
    {
        QCOMPARE(canonicalInterfaceName("fa", "0/1"),
                 std::optional<std::string>("FastEthernet0/1"));
        QCOMPARE(canonicalInterfaceName("Loopback", "7"), std::optional<std::string>("Loopback7"));
        QVERIFY(!canonicalInterfaceName("fa", "x").has_value());
    }

    void shortNamesAreWhatDebugLinesPrint()
    {
        QCOMPARE(shortInterfaceName("FastEthernet0/0"), std::string("Fa0/0"));
        QCOMPARE(shortInterfaceName("Serial1/0.100"), std::string("Se1/0.100"));
        QCOMPARE(shortInterfaceName("Loopback0"), std::string("Lo0"));
        QCOMPARE(shortInterfaceName("Port-channel2"), std::string("Po2"));
        QCOMPARE(shortInterfaceName("Virtual-Access1"), std::string("Virtual-Access1"));
    }

    void exactTypeWinsAndEmptyPrefixMatchesNothing()
    {
        QCOMPARE(findInterfaceType("ethernet")->name, std::string_view("Ethernet"));
        QCOMPARE(findInterfaceType("F")->name, std::string_view("FastEthernet"));
        QVERIFY(findInterfaceType("") == nullptr);
        QVERIFY(findInterfaceType("FastEthernets") == nullptr);
    }

    void typesAreListedInIosOrder()
    {
        std::string_view previous;
        for (const InterfaceType &type : interfaceTypes()) {
            QVERIFY(previous < type.name);
            previous = type.name;
        }
    }
};

QTEST_APPLESS_MAIN(InterfaceNamesTest)
#include "interface_names_test.moc"
