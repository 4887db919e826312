// End to end: qgis_process.bin matches the demo member file (a semicolon CSV
// as a library system exports it) to the demo households with
// targetgroup:matchmembers, as a user's batch job would. The outputs are read
// back through qgis_process.bin itself and as text, since the e2e tests link
// no QGIS library.

#include "processrunner.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

using namespace targetgroup::test;

namespace
{

QString demoMembers()
{
  return QStringLiteral( TARGETGROUP_SOURCE_DIR "/data/demo/members.csv" );
}

double fieldSum( const QString &layer, const QString &field )
{
  ProcessResult process;
  const QJsonObject statistics = InstalledPlugin::instance()
                                     .runJson( QStringLiteral( "qgis:basicstatisticsforfields" ), { QStringLiteral( "--INPUT_LAYER=%1" ).arg( layer ), QStringLiteral( "--FIELD_NAME=%1" ).arg( field ) }, &process )
                                     .value( QStringLiteral( "results" ) )
                                     .toObject();
  EXPECT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  return statistics.value( QStringLiteral( "SUM" ) ).toDouble( -1 );
}

} // namespace

TEST( EndToEndMatchMembers, DemoMemberFileMatchesWithItsUnmatchedRowsByReason )
{
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  ASSERT_TRUE( QFileInfo::exists( demoMembers() ) ) << demoMembers().toStdString();
  const QString output = plugin.scratchDirectory() + QStringLiteral( "/e2e_matched.gpkg" );
  const QString unmatched = plugin.scratchDirectory() + QStringLiteral( "/e2e_unmatched.csv" );

  ProcessResult process;
  const QJsonObject json = plugin.runJson( QStringLiteral( "targetgroup:matchmembers" ),
                                           { QStringLiteral( "--INPUT=%1|layername=households" ).arg( demoDataPath() ), QStringLiteral( "--MEMBERS=%1" ).arg( demoMembers() ),
                                             QStringLiteral( "--OUTPUT=%1" ).arg( output ), QStringLiteral( "--UNMATCHED_OUTPUT=%1" ).arg( unmatched ) },
                                           &process );
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  const QJsonObject results = json.value( QStringLiteral( "results" ) ).toObject();

  // data/demo/README.md, "Member file": 10,622 members of the 7,708 member
  // households, 3 more matched by number alone, 15 that match no household.
  const double read = results.value( QStringLiteral( "MEMBERS_READ" ) ).toDouble();
  const double matched = results.value( QStringLiteral( "MEMBERS_MATCHED" ) ).toDouble();
  const double notMatched = results.value( QStringLiteral( "MEMBERS_UNMATCHED" ) ).toDouble();
  EXPECT_EQ( read, 10640.0 ) << process.transcript().toStdString();
  EXPECT_EQ( matched, 10625.0 );
  EXPECT_EQ( notMatched, 15.0 );
  EXPECT_EQ( read, matched + notMatched );
  EXPECT_EQ( results.value( QStringLiteral( "HOUSEHOLDS_WITH_MEMBERS" ) ).toDouble(), 7708.0 );

  // The households: members per household add up to the members matched, and
  // the member households are exactly the synthetic is_member = 1 ones (7,708).
  EXPECT_EQ( fieldSum( output, QStringLiteral( "mem_count" ) ), 10625.0 );
  EXPECT_EQ( fieldSum( output, QStringLiteral( "is_member" ) ), 7708.0 );

  // The unmatched members, one row each with its reason.
  QFile file( unmatched );
  ASSERT_TRUE( file.open( QIODevice::ReadOnly | QIODevice::Text ) ) << unmatched.toStdString();
  QTextStream stream( &file );
  const QStringList header = stream.readLine().split( QLatin1Char( ',' ) );
  EXPECT_EQ( header, QStringList( { "lidnummer", "postcode", "huisnummer", "toevoeging", "unmatched_reason" } ) );
  QMap<QString, int> reasons;
  int rows = 0;
  while ( !stream.atEnd() )
  {
    const QString line = stream.readLine();
    if ( line.isEmpty() )
      continue;
    ++rows;
    ++reasons[line.section( QLatin1Char( ',' ), -1 )];
  }
  EXPECT_EQ( rows, 15 );
  const QMap<QString, int> expected{ { "no_such_postcode", 3 }, { "no_such_number", 2 }, { "ambiguous_addition", 2 }, { "invalid_postcode", 3 }, { "missing_postcode", 1 }, { "missing_number", 1 }, { "invalid_number", 2 }, { "invalid_addition", 1 } };
  EXPECT_EQ( reasons, expected );

  // The log says how many per reason.
  EXPECT_TRUE( process.transcript().contains( QStringLiteral( "no_such_number (no household has this house number at the postcode): 2" ) ) ) << process.transcript().toStdString();
}

TEST( EndToEndMatchMembers, AMissingFieldIsRefusedNamingTheParameter )
{
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  ProcessResult process;
  plugin.runJson( QStringLiteral( "targetgroup:matchmembers" ),
                  { QStringLiteral( "--INPUT=%1|layername=households" ).arg( demoDataPath() ), QStringLiteral( "--MEMBERS=%1" ).arg( demoMembers() ),
                    QStringLiteral( "--MEMBER_NUMBER=nummer" ), QStringLiteral( "--OUTPUT=%1/e2e_refused.gpkg" ).arg( plugin.scratchDirectory() ) },
                  &process );
  EXPECT_NE( process.exitCode, 0 );
  EXPECT_TRUE( process.transcript().contains( QStringLiteral( "MEMBERS has no field \"nummer\" (MEMBER_NUMBER)" ) ) ) << process.transcript().toStdString();
}
