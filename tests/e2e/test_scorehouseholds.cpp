// End to end: qgis_process.bin builds a profile of the demo data with
// targetgroup:buildprofile and scores the demo households with
// targetgroup:scorehouseholds, as a user's batch job would.

#include "processrunner.h"

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QJsonDocument>

#include <cmath>

using namespace targetgroup::test;

namespace
{

//! The demo households layer (30,000 synthetic households).
QString demoHouseholds()
{
  return QStringLiteral( "%1|layername=households" ).arg( demoDataPath() );
}

//! Builds the demo profile once per test process; returns its path (empty on failure).
QString demoProfile( QString *failure )
{
  static QString path;
  static QString error;
  if ( path.isEmpty() && error.isEmpty() )
  {
    const InstalledPlugin &plugin = InstalledPlugin::instance();
    const QString candidate = plugin.scratchDirectory() + QStringLiteral( "/e2e_score_profile.json" );
    QStringList arguments = { QStringLiteral( "--INPUT=%1" ).arg( demoHouseholds() ),
                              QStringLiteral( "--SEED=\"easy_read_loans\" > 0 AND \"first_lang\" = 'nl'" ),
                              QStringLiteral( "--OUTPUT_PROFILE=%1" ).arg( candidate ),
                              QStringLiteral( "--OUTPUT_TABLE=%1/e2e_score_profile.csv" ).arg( plugin.scratchDirectory() ),
                              QStringLiteral( "--OUTPUT_HTML=%1/e2e_score_profile.html" ).arg( plugin.scratchDirectory() ) };
    for ( const char *field : { "age_class", "hh_type", "education", "income", "tenure", "dwelling", "segment", "int_diy",
                                "int_tv_soaps", "int_sports", "int_reading", "media_local_paper", "buy_discount_store" } )
      arguments << QStringLiteral( "--FIELDS=%1" ).arg( QString::fromLatin1( field ) );
    ProcessResult process;
    plugin.runJson( QStringLiteral( "targetgroup:buildprofile" ), arguments, &process );
    if ( process.exitCode == 0 && QFileInfo::exists( candidate ) )
      path = candidate;
    else
      error = process.transcript();
  }
  *failure = error;
  return path;
}

} // namespace

TEST( EndToEndScoreHouseholds, ScoresTheDemoDataCalibrated )
{
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  ASSERT_TRUE( QFileInfo::exists( demoDataPath() ) ) << demoDataPath().toStdString();
  QString failure;
  const QString profile = demoProfile( &failure );
  ASSERT_FALSE( profile.isEmpty() ) << failure.toStdString();

  for ( const int method : { 0, 1 } )
  {
    const QString output = plugin.scratchDirectory() + QStringLiteral( "/e2e_scored_%1.gpkg" ).arg( method );
    ProcessResult process;
    const QJsonObject json = plugin.runJson( QStringLiteral( "targetgroup:scorehouseholds" ),
                                             { QStringLiteral( "--INPUT=%1" ).arg( demoHouseholds() ),
                                               QStringLiteral( "--PROFILE=%1" ).arg( profile ),
                                               QStringLiteral( "--PREVALENCE=0.1" ),
                                               QStringLiteral( "--METHOD=%1" ).arg( method ),
                                               QStringLiteral( "--OUTPUT=%1" ).arg( output ) },
                                             &process );
    ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
    const QJsonObject results = json.value( QStringLiteral( "results" ) ).toObject();
    // 30,000 demo households: PREVALENCE x N = 3000, reference group round(3000) = 3000.
    EXPECT_NEAR( results.value( QStringLiteral( "EXPECTED_TOTAL" ) ).toDouble(), 3000.0, 3000.0 * 1e-6 ) << process.transcript().toStdString();
    EXPECT_EQ( results.value( QStringLiteral( "REFERENCE_COUNT" ) ).toDouble(), 3000.0 );
    // The profile was built from these very households: every value is known.
    EXPECT_EQ( results.value( QStringLiteral( "UNSEEN_VALUES" ) ).toDouble(), 0.0 );
    EXPECT_TRUE( QFileInfo::exists( output ) );
  }
}

TEST( EndToEndScoreHouseholds, NonNumericPrevalenceFieldIsNamed )
{
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  QString failure;
  const QString profile = demoProfile( &failure );
  ASSERT_FALSE( profile.isEmpty() ) << failure.toStdString();
  // Without a prevalence field in the demo gemeente layer, the field check must fail, naming the field.
  ProcessResult process;
  plugin.runJson( QStringLiteral( "targetgroup:scorehouseholds" ),
                  { QStringLiteral( "--INPUT=%1" ).arg( demoHouseholds() ), QStringLiteral( "--PROFILE=%1" ).arg( profile ),
                    QStringLiteral( "--PREVALENCE_AREAS=%1|layername=gemeente" ).arg( demoDataPath() ),
                    QStringLiteral( "--PREVALENCE_FIELD=statnaam" ),
                    QStringLiteral( "--OUTPUT=%1/e2e_scored_areas.gpkg" ).arg( plugin.scratchDirectory() ) },
                  &process );
  EXPECT_NE( process.exitCode, 0 );
  EXPECT_TRUE( process.transcript().contains( QStringLiteral( "statnaam" ) ) ) << process.transcript().toStdString();
}

TEST( EndToEndScoreHouseholds, MissingProfileFieldIsNamed )
{
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  QString failure;
  const QString profile = demoProfile( &failure );
  ASSERT_FALSE( profile.isEmpty() ) << failure.toStdString();
  // The wijk layer has none of the household fields.
  ProcessResult process;
  plugin.runJson( QStringLiteral( "targetgroup:scorehouseholds" ),
                  { QStringLiteral( "--INPUT=%1|layername=wijk" ).arg( demoDataPath() ), QStringLiteral( "--PROFILE=%1" ).arg( profile ),
                    QStringLiteral( "--OUTPUT=%1/e2e_scored_wijk.gpkg" ).arg( plugin.scratchDirectory() ) },
                  &process );
  EXPECT_NE( process.exitCode, 0 );
  EXPECT_TRUE( process.transcript().contains( QStringLiteral( "INPUT has no field age_class" ) ) ) << process.transcript().toStdString();
}
