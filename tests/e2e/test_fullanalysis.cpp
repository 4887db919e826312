// End to end: the full analysis, as the provider's algorithm and as the
// shipped .model3, driven through qgis_process.bin on the demo data. The
// outputs must reconcile: households over the finest areas + unmatched =
// input, and every coarser level sums to the same. The model skips the levels
// it is not given and calibrates per area when given prevalence estimates.

#include "processrunner.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace targetgroup::test;

namespace
{

constexpr double kDemoHouseholds = 30000;

QString layer( const QString &name )
{
  return demoDataPath() + QStringLiteral( "|layername=" ) + name;
}

//! Σ of a field of a layer, computed by QGIS's own qgis:basicstatisticsforfields.
double fieldSum( const InstalledPlugin &plugin, const QString &layerPath, const QString &field )
{
  ProcessResult process;
  const QJsonObject json = plugin.runJson( QStringLiteral( "qgis:basicstatisticsforfields" ),
                                           { QStringLiteral( "--INPUT_LAYER=%1" ).arg( layerPath ), QStringLiteral( "--FIELD_NAME=%1" ).arg( field ) }, &process );
  EXPECT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  return json.value( QStringLiteral( "results" ) ).toObject().value( QStringLiteral( "SUM" ) ).toDouble( -1 );
}

QStringList commonInputs()
{
  return { QStringLiteral( "--FIELDS=age_class" ), QStringLiteral( "--FIELDS=education" ), QStringLiteral( "--FIELDS=income" ), QStringLiteral( "--FIELDS=tenure" ),
           QStringLiteral( "--DESCRIPTIVE_FIELDS=int_reading" ), QStringLiteral( "--DESCRIPTIVE_FIELDS=media_facebook" ) };
}

//! The info lines of a run's log (qgis_process --json).
QString infoLog( const QJsonObject &json )
{
  QStringList lines;
  const QJsonArray infos = json.value( QStringLiteral( "log" ) ).toObject().value( QStringLiteral( "info" ) ).toArray();
  for ( const QJsonValue &info : infos )
    lines << info.toString();
  return lines.join( QLatin1Char( '\n' ) );
}

QString installedModel( const InstalledPlugin &plugin )
{
  // The installed copy: the plugin folder ships the model for Model Designer.
  return plugin.pluginPath() + QStringLiteral( "/targetgroup/targetgroup_full_analysis.model3" );
}

//! Every output of the model, into files named after the levels: qgis_process
//! 3.22 asks for each, also of the levels that will not run.
QStringList modelOutputs( const QString &out )
{
  return { QStringLiteral( "--build_profile:Profile=%1profile.json" ).arg( out ),
           QStringLiteral( "--area_report:Area report=%1report.html" ).arg( out ),
           QStringLiteral( "--score_households:Scored households=%1households.gpkg" ).arg( out ),
           QStringLiteral( "--rollup_finest:Finest areas=%1wijk.gpkg" ).arg( out ),
           QStringLiteral( "--rollup_middle:Middle areas=%1gemeente.gpkg" ).arg( out ),
           QStringLiteral( "--rollup_coarse:Coarse areas=%1provincie.gpkg" ).arg( out ) };
}

} // namespace

TEST( EndToEndFullAnalysis, AlgorithmRunsAndReconciles )
{
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  const QString out = plugin.scratchDirectory() + QStringLiteral( "/full_" );
  QStringList arguments{ QStringLiteral( "--HOUSEHOLDS=%1" ).arg( layer( QStringLiteral( "households" ) ) ),
                         QStringLiteral( "--SEED=\"easy_read_loans\" > 0 AND \"first_lang\" = 'nl'" ),
                         QStringLiteral( "--MEMBER=\"is_member\" = 1" ),
                         QStringLiteral( "--AREAS=%1" ).arg( layer( QStringLiteral( "wijk" ) ) ),
                         QStringLiteral( "--MIDDLE_AREAS=%1" ).arg( layer( QStringLiteral( "gemeente" ) ) ),
                         QStringLiteral( "--COARSE_AREAS=%1" ).arg( layer( QStringLiteral( "provincie" ) ) ),
                         QStringLiteral( "--OUTPUT_PROFILE=%1profile.json" ).arg( out ),
                         QStringLiteral( "--OUTPUT_REPORT=%1report.html" ).arg( out ),
                         QStringLiteral( "--OUTPUT_HOUSEHOLDS=%1households.gpkg" ).arg( out ),
                         QStringLiteral( "--OUTPUT_AREAS=%1wijk.gpkg" ).arg( out ),
                         QStringLiteral( "--OUTPUT_MIDDLE_AREAS=%1gemeente.gpkg" ).arg( out ),
                         QStringLiteral( "--OUTPUT_COARSE_AREAS=%1provincie.gpkg" ).arg( out ) };
  arguments << commonInputs();
  ProcessResult process;
  const QJsonObject json = plugin.runJson( QStringLiteral( "targetgroup:fullanalysis" ), arguments, &process );
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  const QJsonObject results = json.value( QStringLiteral( "results" ) ).toObject();
  const double unmatched = results.value( QStringLiteral( "UNMATCHED" ) ).toDouble( -1 );
  EXPECT_EQ( results.value( QStringLiteral( "MATCHED" ) ).toDouble() + unmatched, kDemoHouseholds );
  // calibration is exact: Σ tg_prob = PREVALENCE (default 0.10) × 30000
  EXPECT_NEAR( results.value( QStringLiteral( "EXPECTED_TOTAL" ) ).toDouble(), 3000.0, 3000.0 * 1e-6 );

  const double wijkTotal = fieldSum( plugin, out + QStringLiteral( "wijk.gpkg" ), QStringLiteral( "hh_total" ) );
  EXPECT_EQ( wijkTotal + unmatched, kDemoHouseholds );
  EXPECT_EQ( fieldSum( plugin, out + QStringLiteral( "gemeente.gpkg" ), QStringLiteral( "hh_total" ) ), wijkTotal );
  EXPECT_EQ( fieldSum( plugin, out + QStringLiteral( "provincie.gpkg" ), QStringLiteral( "hh_total" ) ), wijkTotal );
  // The demo has wijken below MIN_COUNT 10: they are suppressed (NULL tg_expected), so the wijken show less than
  // Σ tg_prob; the gemeenten, none of them suppressed, show all of it.
  EXPECT_GE( fieldSum( plugin, out + QStringLiteral( "wijk.gpkg" ), QStringLiteral( "suppressed" ) ), 1 );
  EXPECT_EQ( fieldSum( plugin, out + QStringLiteral( "gemeente.gpkg" ), QStringLiteral( "suppressed" ) ), 0 );
  const double probabilityTotal = fieldSum( plugin, out + QStringLiteral( "households.gpkg" ), QStringLiteral( "tg_prob" ) );
  EXPECT_NEAR( probabilityTotal, fieldSum( plugin, out + QStringLiteral( "gemeente.gpkg" ), QStringLiteral( "tg_expected" ) ), 1e-3 );
  EXPECT_LT( fieldSum( plugin, out + QStringLiteral( "wijk.gpkg" ), QStringLiteral( "tg_expected" ) ), probabilityTotal );
  EXPECT_TRUE( QFileInfo::exists( out + QStringLiteral( "report.html" ) ) );
  EXPECT_GT( QFileInfo( out + QStringLiteral( "report_map.png" ) ).size(), 20000 );
}

TEST( EndToEndFullAnalysis, AreaOnlyRunSkipsScoringAndGivesTheSameAreas )
{
  // Without OUTPUT_HOUSEHOLDS: no scored household layer; the aggregation scores in its own pass.
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  const QString out = plugin.scratchDirectory() + QStringLiteral( "/areaonly_" );
  QStringList arguments{ QStringLiteral( "--HOUSEHOLDS=%1" ).arg( layer( QStringLiteral( "households" ) ) ),
                         QStringLiteral( "--SEED=\"easy_read_loans\" > 0 AND \"first_lang\" = 'nl'" ),
                         QStringLiteral( "--MEMBER=\"is_member\" = 1" ),
                         QStringLiteral( "--AREAS=%1" ).arg( layer( QStringLiteral( "wijk" ) ) ),
                         QStringLiteral( "--MIDDLE_AREAS=%1" ).arg( layer( QStringLiteral( "gemeente" ) ) ),
                         QStringLiteral( "--OUTPUT_PROFILE=%1profile.json" ).arg( out ),
                         QStringLiteral( "--OUTPUT_AREAS=%1wijk.gpkg" ).arg( out ),
                         QStringLiteral( "--OUTPUT_MIDDLE_AREAS=%1gemeente.gpkg" ).arg( out ) };
  arguments << commonInputs();
  ProcessResult process;
  const QJsonObject json = plugin.runJson( QStringLiteral( "targetgroup:fullanalysis" ), arguments, &process );
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  const QJsonObject results = json.value( QStringLiteral( "results" ) ).toObject();
  EXPECT_EQ( results.value( QStringLiteral( "MATCHED" ) ).toDouble() + results.value( QStringLiteral( "UNMATCHED" ) ).toDouble( -1 ), kDemoHouseholds );
  EXPECT_NEAR( results.value( QStringLiteral( "EXPECTED_TOTAL" ) ).toDouble(), 3000.0, 3000.0 * 1e-6 );
  const QString log = infoLog( json );
  EXPECT_FALSE( log.contains( QStringLiteral( ": Score households\n" ) ) || log.endsWith( QStringLiteral( ": Score households" ) ) ) << log.toStdString();
  EXPECT_FALSE( QFileInfo::exists( out + QStringLiteral( "households.gpkg" ) ) );
  // The gemeenten (none suppressed) hold every expected target household.
  EXPECT_NEAR( fieldSum( plugin, out + QStringLiteral( "gemeente.gpkg" ), QStringLiteral( "tg_expected" ) ), results.value( QStringLiteral( "EXPECTED_TOTAL" ) ).toDouble(), 1e-3 );
}

TEST( EndToEndFullAnalysis, ShippedModelRunsFromQgisProcess )
{
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  const QString model = installedModel( plugin );
  ASSERT_TRUE( QFileInfo::exists( model ) ) << model.toStdString();
  const QString out = plugin.scratchDirectory() + QStringLiteral( "/model_" );
  QStringList arguments{ QStringLiteral( "--households=%1" ).arg( layer( QStringLiteral( "households" ) ) ),
                         QStringLiteral( "--seed=\"easy_read_loans\" > 0 AND \"first_lang\" = 'nl'" ),
                         QStringLiteral( "--profile_fields=age_class" ), QStringLiteral( "--profile_fields=education" ), QStringLiteral( "--profile_fields=tenure" ),
                         QStringLiteral( "--descriptive_fields=int_reading" ),
                         QStringLiteral( "--prevalence=0.1" ), QStringLiteral( "--min_count=10" ),
                         QStringLiteral( "--member=\"is_member\" = 1" ),
                         QStringLiteral( "--finest_areas=%1" ).arg( layer( QStringLiteral( "wijk" ) ) ),
                         QStringLiteral( "--middle_areas=%1" ).arg( layer( QStringLiteral( "gemeente" ) ) ),
                         QStringLiteral( "--coarse_areas=%1" ).arg( layer( QStringLiteral( "provincie" ) ) ) };
  arguments << modelOutputs( out );
  ProcessResult process;
  const QJsonObject json = plugin.runJson( model, arguments, &process );
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  const double wijkTotal = fieldSum( plugin, out + QStringLiteral( "wijk.gpkg" ), QStringLiteral( "hh_total" ) );
  EXPECT_EQ( wijkTotal, kDemoHouseholds );
  EXPECT_EQ( fieldSum( plugin, out + QStringLiteral( "gemeente.gpkg" ), QStringLiteral( "hh_total" ) ), wijkTotal );
  EXPECT_EQ( fieldSum( plugin, out + QStringLiteral( "provincie.gpkg" ), QStringLiteral( "hh_total" ) ), wijkTotal );
  EXPECT_TRUE( QFileInfo::exists( out + QStringLiteral( "report.html" ) ) );
  // The joins the algorithm makes: wijk -> wijk and wijk -> gemeente by code, wijk -> provincie spatially.
  const QString log = infoLog( json );
  EXPECT_EQ( log.count( QStringLiteral( "Join: by code (automatic)" ) ), 2 ) << log.toStdString();
  EXPECT_EQ( log.count( QStringLiteral( "Join: spatially (automatic" ) ), 1 ) << log.toStdString();
}

TEST( EndToEndFullAnalysis, ShippedModelSkipsLevelsNotGivenAndCalibratesPerArea )
{
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  // One estimate polygon around the whole demo region with a share of 20%:
  // Σ tg_prob = 0.20 × 30000 = 6000 instead of prevalence 0.10 × 30000.
  const QString estimates = plugin.scratchDirectory() + QStringLiteral( "/estimates.geojson" );
  QFile estimatesFile( estimates );
  ASSERT_TRUE( estimatesFile.open( QIODevice::WriteOnly ) );
  estimatesFile.write( R"({"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
"features": [{"type": "Feature", "properties": {"share": 0.2}, "geometry": {"type": "Polygon",
"coordinates": [[[150000, 420000], [200000, 420000], [200000, 480000], [150000, 480000], [150000, 420000]]]}}]})" );
  estimatesFile.close();
  const QString out = plugin.scratchDirectory() + QStringLiteral( "/model_levels_" );
  QStringList arguments{ QStringLiteral( "--households=%1" ).arg( layer( QStringLiteral( "households" ) ) ),
                         QStringLiteral( "--seed=\"easy_read_loans\" > 0 AND \"first_lang\" = 'nl'" ),
                         QStringLiteral( "--profile_fields=age_class" ), QStringLiteral( "--profile_fields=education" ),
                         QStringLiteral( "--prevalence_areas=%1" ).arg( estimates ), QStringLiteral( "--prevalence_field=share" ),
                         QStringLiteral( "--finest_areas=%1" ).arg( layer( QStringLiteral( "wijk" ) ) ) };
  arguments << modelOutputs( out );
  ProcessResult process;
  const QJsonObject json = plugin.runJson( installedModel( plugin ), arguments, &process );
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  const QJsonObject results = json.value( QStringLiteral( "results" ) ).toObject();
  EXPECT_TRUE( results.contains( QStringLiteral( "rollup_finest:Finest areas" ) ) );
  EXPECT_FALSE( results.contains( QStringLiteral( "rollup_middle:Middle areas" ) ) );
  EXPECT_FALSE( QFileInfo::exists( out + QStringLiteral( "gemeente.gpkg" ) ) );
  EXPECT_FALSE( QFileInfo::exists( out + QStringLiteral( "provincie.gpkg" ) ) );
  EXPECT_NEAR( fieldSum( plugin, out + QStringLiteral( "households.gpkg" ), QStringLiteral( "tg_prob" ) ), 6000.0, 6000.0 * 1e-6 );
  EXPECT_EQ( fieldSum( plugin, out + QStringLiteral( "wijk.gpkg" ), QStringLiteral( "hh_total" ) ), kDemoHouseholds );
}
