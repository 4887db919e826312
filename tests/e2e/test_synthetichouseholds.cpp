// End to end: qgis_process.bin generates synthetic households in the demo
// wijken with targetgroup:synthetichouseholds, as a user's batch job would.
// The outputs are read back through qgis_process.bin itself (native
// algorithms, GeoJSON), since the e2e tests link no QGIS library.

#include "processrunner.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace targetgroup::test;

namespace
{

QString demoWijken()
{
  return QStringLiteral( "%1|layername=wijk" ).arg( demoDataPath() );
}

//! The "features" array of a GeoJSON file (empty when it cannot be read).
QJsonArray readFeatures( const QString &path )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return QJsonArray();
  return QJsonDocument::fromJson( file.readAll() ).object().value( QStringLiteral( "features" ) ).toArray();
}

//! Runs the generator on the demo wijken; returns the "results" object.
QJsonObject generate( const QStringList &parameters, ProcessResult *process )
{
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  const QJsonObject json = plugin.runJson( QStringLiteral( "targetgroup:synthetichouseholds" ),
                                           QStringList{ QStringLiteral( "--AREAS=%1" ).arg( demoWijken() ) } + parameters, process );
  return json.value( QStringLiteral( "results" ) ).toObject();
}

} // namespace

TEST( EndToEndSyntheticHouseholds, WritesTheRequestedHouseholdsWithGroundTruth )
{
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  ASSERT_TRUE( QFileInfo::exists( demoDataPath() ) ) << demoDataPath().toStdString();
  const QString output = plugin.scratchDirectory() + QStringLiteral( "/e2e_synthetic.gpkg" );

  ProcessResult process;
  const QJsonObject results = generate( { QStringLiteral( "--HOUSEHOLDS=2000" ), QStringLiteral( "--RANDOM_SEED=7" ),
                                          QStringLiteral( "--GROUND_TRUTH=true" ), QStringLiteral( "--OUTPUT=%1" ).arg( output ) },
                                        &process );
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  EXPECT_EQ( results.value( QStringLiteral( "HOUSEHOLD_COUNT" ) ).toDouble(), 2000.0 ) << process.transcript().toStdString();
  ASSERT_TRUE( QFileInfo::exists( output ) );
  EXPECT_GT( QFileInfo( output ).size(), 0 );

  // Read the file back with QGIS: 2000 households, each with a 0/1 tg_truth.
  process = ProcessResult();
  const QJsonObject statistics = plugin.runJson( QStringLiteral( "qgis:basicstatisticsforfields" ),
                                                 { QStringLiteral( "--INPUT_LAYER=%1" ).arg( output ), QStringLiteral( "--FIELD_NAME=tg_truth" ) },
                                                 &process )
                                     .value( QStringLiteral( "results" ) )
                                     .toObject();
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  EXPECT_EQ( statistics.value( QStringLiteral( "COUNT" ) ).toDouble(), 2000.0 ) << process.transcript().toStdString();
  EXPECT_EQ( statistics.value( QStringLiteral( "EMPTY" ) ).toDouble(), 0.0 );
  EXPECT_EQ( statistics.value( QStringLiteral( "MIN" ) ).toDouble(), 0.0 );
  EXPECT_EQ( statistics.value( QStringLiteral( "MAX" ) ).toDouble(), 1.0 );
  // The latent model puts about 10% of households in the target group; the
  // area effects make one run of 2000 vary, hence the wide band.
  const double targetShare = statistics.value( QStringLiteral( "MEAN" ) ).toDouble();
  EXPECT_GT( targetShare, 0.03 );
  EXPECT_LT( targetShare, 0.25 );
}

TEST( EndToEndSyntheticHouseholds, SameSeedGivesTheSameHouseholds )
{
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  const QString scratch = plugin.scratchDirectory();

  // GeoJSON, so every attribute and coordinate of the two runs can be compared.
  QJsonArray features[3];
  const int seeds[3] = { 7, 7, 8 };
  for ( int run = 0; run < 3; ++run )
  {
    const QString output = scratch + QStringLiteral( "/e2e_synthetic_run%1.geojson" ).arg( run );
    ProcessResult process;
    const QJsonObject results = generate( { QStringLiteral( "--HOUSEHOLDS=500" ), QStringLiteral( "--RANDOM_SEED=%1" ).arg( seeds[run] ),
                                            QStringLiteral( "--OUTPUT=%1" ).arg( output ) },
                                          &process );
    ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
    EXPECT_EQ( results.value( QStringLiteral( "HOUSEHOLD_COUNT" ) ).toDouble(), 500.0 ) << process.transcript().toStdString();
    features[run] = readFeatures( output );
    ASSERT_EQ( features[run].size(), 500 ) << output.toStdString();
  }

  // GROUND_TRUTH defaults to false: no tg_truth field.
  const QJsonObject firstProperties = features[0].at( 0 ).toObject().value( QStringLiteral( "properties" ) ).toObject();
  EXPECT_TRUE( firstProperties.contains( QStringLiteral( "income" ) ) );
  EXPECT_FALSE( firstProperties.contains( QStringLiteral( "tg_truth" ) ) );

  // Same seed: identical households, attributes and locations.
  for ( int index = 0; index < features[0].size(); ++index )
  {
    ASSERT_EQ( features[0].at( index ), features[1].at( index ) )
        << "household " << index << ":\n"
        << QJsonDocument( features[0].at( index ).toObject() ).toJson().toStdString() << "\n"
        << QJsonDocument( features[1].at( index ).toObject() ).toJson().toStdString();
  }
  // Another seed: other households (the seed is not ignored).
  int differing = 0;
  for ( int index = 0; index < features[0].size(); ++index )
    differing += features[0].at( index ) != features[2].at( index ) ? 1 : 0;
  EXPECT_GT( differing, 400 );
}

TEST( EndToEndSyntheticHouseholds, ZeroHouseholdsIsRefusedNamingTheParameter )
{
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  const QString output = plugin.scratchDirectory() + QStringLiteral( "/e2e_synthetic_none.gpkg" );
  ProcessResult process;
  generate( { QStringLiteral( "--HOUSEHOLDS=0" ), QStringLiteral( "--OUTPUT=%1" ).arg( output ) }, &process );
  EXPECT_NE( process.exitCode, 0 );
  EXPECT_TRUE( process.transcript().contains( QStringLiteral( "HOUSEHOLDS is 0" ) ) ) << process.transcript().toStdString();
  EXPECT_FALSE( QFileInfo::exists( output ) );
}

TEST( EndToEndSyntheticHouseholds, TextCountFieldIsRefusedNamingTheField )
{
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  ProcessResult process;
  generate( { QStringLiteral( "--COUNT_FIELD=statnaam" ), QStringLiteral( "--OUTPUT=TEMPORARY_OUTPUT" ) }, &process );
  EXPECT_NE( process.exitCode, 0 );
  EXPECT_TRUE( process.transcript().contains( QStringLiteral( "COUNT_FIELD 'statnaam'" ) ) ) << process.transcript().toStdString();
}
