// End to end: per-library figures and reports on the demo data, each step a
// separate qgis_process.bin call: buildprofile -> scorehouseholds ->
// aggregateareas (wijken, MIN_COUNT 0) -> libraryreport, once with the
// service areas as polygons and once as gemeente codes (GM_CODES); both must
// give the same libraries, whose households add up to the 30,000 of the demo.

#include "processrunner.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMap>

using namespace targetgroup::test;

namespace
{

QString demoLayer( const QString &layer )
{
  return QStringLiteral( "%1|layername=%2" ).arg( demoDataPath(), layer );
}

QString librariesLayer( const QString &layer )
{
  return QStringLiteral( "%1|layername=%2" ).arg( QFileInfo( demoDataPath() ).absoluteDir().filePath( QStringLiteral( "libraries.gpkg" ) ), layer );
}

QByteArray readAll( const QString &path )
{
  QFile file( path );
  return file.open( QIODevice::ReadOnly ) ? file.readAll() : QByteArray();
}

//! The rows of a CSV written by QGIS (no commas in the values), by the value of its first column.
QMap<QString, QMap<QString, QString>> readCsv( const QString &path )
{
  QMap<QString, QMap<QString, QString>> rows;
  const QList<QByteArray> lines = readAll( path ).trimmed().split( '\n' );
  if ( lines.isEmpty() )
    return rows;
  const QStringList header = QString::fromUtf8( lines.first() ).trimmed().split( QLatin1Char( ',' ) );
  for ( int i = 1; i < lines.size(); ++i )
  {
    QStringList values = QString::fromUtf8( lines.at( i ) ).trimmed().split( QLatin1Char( ',' ) );
    QMap<QString, QString> row;
    for ( int column = 0; column < std::min( header.size(), values.size() ); ++column )
    {
      QString value = values.at( column );
      if ( value.startsWith( QLatin1Char( '"' ) ) && value.endsWith( QLatin1Char( '"' ) ) )
        value = value.mid( 1, value.size() - 2 );
      row.insert( header.at( column ), value );
    }
    rows.insert( values.value( 0 ), row );
  }
  return rows;
}

} // namespace

TEST( EndToEndLibraryReport, PerLibraryFiguresAndReportsOnDemoData )
{
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  ASSERT_TRUE( QFileInfo::exists( demoDataPath() ) ) << demoDataPath().toStdString();
  const QString scratch = plugin.scratchDirectory();

  // 1.-3. Profile, scores, and the wijken with unsuppressed sums (MIN_COUNT 0) and membership.
  const QString profile = scratch + QStringLiteral( "/e2e_library_profile.json" );
  QStringList profileArguments = { QStringLiteral( "--INPUT=%1" ).arg( demoLayer( QStringLiteral( "households" ) ) ),
                                   QStringLiteral( "--SEED=\"easy_read_loans\" > 0 AND \"first_lang\" = 'nl'" ),
                                   QStringLiteral( "--OUTPUT_PROFILE=%1" ).arg( profile ), QStringLiteral( "--OUTPUT_TABLE=TEMPORARY_OUTPUT" ),
                                   QStringLiteral( "--DESCRIPTIVE_FIELDS=int_reading" ) };
  for ( const char *field : { "age_class", "education", "income", "segment" } )
    profileArguments << QStringLiteral( "--FIELDS=%1" ).arg( QLatin1String( field ) );
  ProcessResult process;
  plugin.runJson( QStringLiteral( "targetgroup:buildprofile" ), profileArguments, &process );
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  const QString scored = scratch + QStringLiteral( "/e2e_library_scored.gpkg" );
  process = ProcessResult();
  plugin.runJson( QStringLiteral( "targetgroup:scorehouseholds" ),
                  { QStringLiteral( "--INPUT=%1" ).arg( demoLayer( QStringLiteral( "households" ) ) ), QStringLiteral( "--PROFILE=%1" ).arg( profile ),
                    QStringLiteral( "--OUTPUT=%1" ).arg( scored ) },
                  &process );
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  const QString wijken = scratch + QStringLiteral( "/e2e_library_wijk.gpkg" );
  process = ProcessResult();
  plugin.runJson( QStringLiteral( "targetgroup:aggregateareas" ),
                  { QStringLiteral( "--INPUT=%1" ).arg( scored ), QStringLiteral( "--AREAS=%1" ).arg( demoLayer( QStringLiteral( "wijk" ) ) ),
                    QStringLiteral( "--MEMBER=\"is_member\" = 1" ), QStringLiteral( "--MIN_COUNT=0" ), QStringLiteral( "--OUTPUT=%1" ).arg( wijken ) },
                  &process );
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();

  // 4. Per library: polygons, then gemeente codes.
  QMap<QString, QMap<QString, QString>> tables[2];
  const QString variants[2] = { QStringLiteral( "libraries" ), QStringLiteral( "library_gemeenten" ) };
  for ( int variant = 0; variant < 2; ++variant )
  {
    const QString folder = scratch + QStringLiteral( "/e2e_library_reports_%1" ).arg( variant );
    const QString table = scratch + QStringLiteral( "/e2e_library_table_%1.csv" ).arg( variant );
    process = ProcessResult();
    const QJsonObject results = plugin.runJson( QStringLiteral( "targetgroup:libraryreport" ),
                                                { QStringLiteral( "--AREAS=%1" ).arg( wijken ), QStringLiteral( "--LIBRARIES=%1" ).arg( librariesLayer( variants[variant] ) ),
                                                  QStringLiteral( "--LIBRARY_NAME_FIELD=name" ), QStringLiteral( "--PROFILE=%1" ).arg( profile ),
                                                  QStringLiteral( "--OUTPUT_TABLE=%1" ).arg( table ),
                                                  QStringLiteral( "--OUTPUT_AREAS=%1" ).arg( scratch + QStringLiteral( "/e2e_library_wijk_%1.gpkg" ).arg( variant ) ),
                                                  QStringLiteral( "--OUTPUT_FOLDER=%1" ).arg( folder ) },
                                                &process )
                                    .value( QStringLiteral( "results" ) )
                                    .toObject();
    ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
    EXPECT_EQ( results.value( QStringLiteral( "LIBRARY_COUNT" ) ).toDouble(), 4.0 ) << process.transcript().toStdString();
    EXPECT_EQ( results.value( QStringLiteral( "AREAS_ASSIGNED" ) ).toDouble(), 72.0 );
    EXPECT_EQ( results.value( QStringLiteral( "AREAS_UNASSIGNED" ) ).toDouble(), 0.0 );
    EXPECT_EQ( results.value( QStringLiteral( "UNASSIGNED_HOUSEHOLDS" ) ).toDouble(), 0.0 );
    EXPECT_EQ( results.value( QStringLiteral( "INDEX_HTML" ) ).toString(), QDir( folder ).filePath( QStringLiteral( "index.html" ) ) );

    tables[variant] = readCsv( table );
    ASSERT_EQ( tables[variant].size(), 4 ) << readAll( table ).toStdString();
    long long households = 0, areas = 0;
    for ( const auto &row : tables[variant] )
    {
      households += row.value( QStringLiteral( "hh_total" ) ).toLongLong();
      areas += row.value( QStringLiteral( "area_count" ) ).toLongLong();
    }
    EXPECT_EQ( households, 30000 );
    EXPECT_EQ( areas, 72 );

    const QString index = QString::fromUtf8( readAll( QDir( folder ).filePath( QStringLiteral( "index.html" ) ) ) );
    for ( const QString &file : { QStringLiteral( "bibliotheek-ede" ), QStringLiteral( "bibliotheek-barneveld-scherpenzeel" ), QStringLiteral( "bibliotheek-veenendaal-rhenen" ),
                                  QStringLiteral( "bibliotheek-wageningen-renkum" ) } )
    {
      EXPECT_TRUE( index.contains( QStringLiteral( "<a href=\"%1.html\">" ).arg( file ) ) ) << file.toStdString();
      const QString report = QString::fromUtf8( readAll( QDir( folder ).filePath( file + QStringLiteral( ".html" ) ) ) );
      EXPECT_TRUE( report.contains( QStringLiteral( "<img src=\"%1_map.png\"" ).arg( file ) ) ) << file.toStdString();
      EXPECT_TRUE( report.contains( QStringLiteral( "int_reading" ) ) ) << file.toStdString();
      EXPECT_GT( readAll( QDir( folder ).filePath( file + QStringLiteral( "_map.png" ) ) ).size(), 10 * 1024 ) << file.toStdString();
    }
  }
  // Polygons and gemeente codes give the same service areas.
  for ( const QString &library : tables[0].keys() )
  {
    EXPECT_EQ( tables[0].value( library ).value( QStringLiteral( "hh_total" ) ), tables[1].value( library ).value( QStringLiteral( "hh_total" ) ) ) << library.toStdString();
    EXPECT_EQ( tables[0].value( library ).value( QStringLiteral( "tg_expected" ) ), tables[1].value( library ).value( QStringLiteral( "tg_expected" ) ) ) << library.toStdString();
  }
  EXPECT_TRUE( tables[0].contains( QStringLiteral( "Bibliotheek Ede" ) ) );
}
