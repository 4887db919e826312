// End to end: the installed plugin folder, loaded by qgis_process.bin, builds
// a profile from the embedded demo data.

#include "processrunner.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace targetgroup::test;

TEST( EndToEnd, PluginFolderIsComplete )
{
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  const QDir folder( plugin.pluginPath() + QStringLiteral( "/targetgroup" ) );
  EXPECT_TRUE( folder.exists( QStringLiteral( "metadata.txt" ) ) );
  EXPECT_TRUE( folder.exists( QStringLiteral( "__init__.py" ) ) );
  EXPECT_TRUE( folder.exists( QStringLiteral( "libtargetgroup.so" ) ) );
  EXPECT_TRUE( folder.exists( QStringLiteral( "icons/targetgroup.svg" ) ) );
  QFile metadata( folder.filePath( QStringLiteral( "metadata.txt" ) ) );
  ASSERT_TRUE( metadata.open( QIODevice::ReadOnly ) );
  const QString text = QString::fromUtf8( metadata.readAll() );
  EXPECT_TRUE( text.contains( QStringLiteral( "hasProcessingProvider=yes" ) ) );
  EXPECT_TRUE( text.contains( QStringLiteral( "version=" TARGETGROUP_VERSION_FOR_TESTS ) ) );
}

TEST( EndToEnd, ProviderIsListedByQgisProcess )
{
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  const ProcessResult list = plugin.qgisProcess( { QStringLiteral( "list" ) } );
  ASSERT_EQ( list.exitCode, 0 ) << list.transcript().toStdString();
  EXPECT_TRUE( list.standardOutput.contains( QStringLiteral( "Target group profiling" ) ) ) << list.transcript().toStdString();
  EXPECT_TRUE( list.standardOutput.contains( QStringLiteral( "targetgroup:buildprofile" ) ) );
}

TEST( EndToEnd, BuildProfileOnDemoData )
{
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  ASSERT_TRUE( QFileInfo::exists( demoDataPath() ) ) << demoDataPath().toStdString();
  const QString profilePath = plugin.scratchDirectory() + QStringLiteral( "/e2e_profile.json" );
  const QString tablePath = plugin.scratchDirectory() + QStringLiteral( "/e2e_profile_table.csv" );
  const QString htmlPath = plugin.scratchDirectory() + QStringLiteral( "/e2e_profile.html" );
  ProcessResult process;
  const QJsonObject json = plugin.runJson( QStringLiteral( "targetgroup:buildprofile" ),
                                           { QStringLiteral( "--INPUT=%1|layername=households" ).arg( demoDataPath() ),
                                             QStringLiteral( "--SEED=\"easy_read_loans\" > 0 AND \"first_lang\" = 'nl'" ),
                                             QStringLiteral( "--FIELDS=age_class" ), QStringLiteral( "--FIELDS=hh_type" ),
                                             QStringLiteral( "--FIELDS=education" ), QStringLiteral( "--FIELDS=income" ),
                                             QStringLiteral( "--FIELDS=tenure" ), QStringLiteral( "--DESCRIPTIVE_FIELDS=int_tv_soaps" ),
                                             QStringLiteral( "--OUTPUT_PROFILE=%1" ).arg( profilePath ),
                                             QStringLiteral( "--OUTPUT_TABLE=%1" ).arg( tablePath ),
                                             QStringLiteral( "--OUTPUT_HTML=%1" ).arg( htmlPath ) },
                                           &process );
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  const QJsonObject results = json.value( QStringLiteral( "results" ) ).toObject();
  const double seedCount = results.value( QStringLiteral( "SEED_COUNT" ) ).toDouble();
  const double baseCount = results.value( QStringLiteral( "BASE_COUNT" ) ).toDouble();
  EXPECT_GT( seedCount, 0 );
  EXPECT_GT( baseCount, seedCount );

  QFile profileFile( profilePath );
  ASSERT_TRUE( profileFile.open( QIODevice::ReadOnly ) );
  const QJsonObject profile = QJsonDocument::fromJson( profileFile.readAll() ).object();
  EXPECT_EQ( profile.value( QStringLiteral( "format" ) ).toString(), QStringLiteral( "targetgroup-profile" ) );
  EXPECT_EQ( profile.value( QStringLiteral( "seed_count" ) ).toDouble(), seedCount );
  const QJsonArray fields = profile.value( QStringLiteral( "fields" ) ).toArray();
  ASSERT_EQ( fields.size(), 6 );
  // every field's categories add up to the seed and the base: nothing dropped
  for ( const QJsonValue &field : fields )
  {
    double seedSum = 0, baseSum = 0;
    for ( const QJsonValue &category : field.toObject().value( QStringLiteral( "categories" ) ).toArray() )
    {
      seedSum += category.toObject().value( QStringLiteral( "seed_n" ) ).toDouble();
      baseSum += category.toObject().value( QStringLiteral( "base_n" ) ).toDouble();
    }
    EXPECT_EQ( seedSum, seedCount ) << field.toObject().value( QStringLiteral( "name" ) ).toString().toStdString();
    EXPECT_EQ( baseSum, baseCount );
  }
  EXPECT_EQ( fields.at( 3 ).toObject().value( QStringLiteral( "kind" ) ).toString(), QStringLiteral( "binned" ) );

  QFile table( tablePath );
  ASSERT_TRUE( table.open( QIODevice::ReadOnly ) );
  const QString header = QString::fromUtf8( table.readLine() ).trimmed();
  EXPECT_EQ( header, QStringLiteral( "field,category,seed_n,seed_pct,base_n,base_pct,index,index_low,index_high,significant,used_for_scoring,quadrant,likelihood_ratio,adj_or,adj_or_low,adj_or_high" ) );
  EXPECT_TRUE( QFileInfo::exists( htmlPath ) );
}

TEST( EndToEnd, BuildProfileErrorIsReportedNotCrashed )
{
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  ProcessResult process;
  plugin.runJson( QStringLiteral( "targetgroup:buildprofile" ),
                  { QStringLiteral( "--INPUT=%1|layername=households" ).arg( demoDataPath() ),
                    QStringLiteral( "--SEED=\"easy_read_loans\" > 0" ), QStringLiteral( "--FIELDS=no_such_field" ),
                    QStringLiteral( "--OUTPUT_PROFILE=%1/never.json" ).arg( plugin.scratchDirectory() ),
                    QStringLiteral( "--OUTPUT_TABLE=TEMPORARY_OUTPUT" ) },
                  &process );
  EXPECT_NE( process.exitCode, 0 );
  EXPECT_TRUE( ( process.standardOutput + process.standardError ).contains( QStringLiteral( "no_such_field" ) ) ) << process.transcript().toStdString();
}

TEST( EndToEnd, HugeMinimumCellIsRefusedWithItsRangeNotAHang )
{
  // MIN_CELL >= 2^31 used to leave qgis_process idle until it was killed.
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  ProcessResult process;
  plugin.runJson( QStringLiteral( "targetgroup:buildprofile" ),
                  { QStringLiteral( "--INPUT=%1|layername=households" ).arg( demoDataPath() ),
                    QStringLiteral( "--SEED=\"easy_read_loans\" > 0" ), QStringLiteral( "--FIELDS=education" ),
                    QStringLiteral( "--MIN_CELL=2147483648" ),
                    QStringLiteral( "--OUTPUT_PROFILE=%1/never.json" ).arg( plugin.scratchDirectory() ),
                    QStringLiteral( "--OUTPUT_TABLE=TEMPORARY_OUTPUT" ) },
                  &process );
  EXPECT_NE( process.exitCode, 0 );
  EXPECT_TRUE( ( process.standardOutput + process.standardError ).contains( QStringLiteral( "MIN_CELL" ) ) ) << process.transcript().toStdString();
  EXPECT_TRUE( ( process.standardOutput + process.standardError ).contains( QStringLiteral( "from 1 to 1,000,000" ) ) ) << process.transcript().toStdString();
}
