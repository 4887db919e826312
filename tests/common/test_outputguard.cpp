// The output guard: which file a parameter value means, and the refusal of
// an output that would overwrite an input or another output. Every algorithm
// of the provider is run with an output pointed at its input file: each must
// refuse, and the input file must be left byte for byte as it was.

#include "common/outputguard.h"

#include "targetgroupprovider.h"
#include "testlayers.h"

#include <gtest/gtest.h>
#include <qgsapplication.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

using namespace targetgroup;
using namespace targetgroup::test;

namespace
{

QByteArray fileHash( const QString &path )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return QByteArray();
  return QCryptographicHash::hash( file.readAll(), QCryptographicHash::Sha256 );
}

//! A copy of the demo GeoPackage (layers households, wijk, gemeente, provincie).
QString copyOfDemoData( const QTemporaryDir &directory )
{
  const QString path = directory.filePath( QStringLiteral( "data.gpkg" ) );
  EXPECT_TRUE( QFile::copy( QStringLiteral( TARGETGROUP_SOURCE_DIR "/data/demo/foodvalley.gpkg" ), path ) );
  return path;
}

} // namespace

TEST( OutputGuard, FileOfParameterValueUnderstandsWhatQgisAccepts )
{
  QTemporaryDir directory;
  const QString gpkg = copyOfDemoData( directory );
  const QString canonical = QFileInfo( gpkg ).canonicalFilePath();
  QgsProcessingContext context;
  EXPECT_EQ( fileOfParameterValue( gpkg, context ), canonical );
  EXPECT_EQ( fileOfParameterValue( gpkg + QStringLiteral( "|layername=households" ), context ), canonical );
  EXPECT_EQ( fileOfParameterValue( QStringLiteral( "ogr:dbname='%1' table=\"out\" (geom)" ).arg( gpkg ), context ), canonical );
  EXPECT_EQ( fileOfParameterValue( QVariant::fromValue( QgsProcessingFeatureSourceDefinition( gpkg + QStringLiteral( "|layername=wijk" ), true ) ), context ), canonical );
  EXPECT_EQ( fileOfParameterValue( QVariant::fromValue( QgsProcessingOutputLayerDefinition( gpkg ) ), context ), canonical );
  QgsVectorLayer layer( gpkg + QStringLiteral( "|layername=wijk" ), QStringLiteral( "wijk" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( layer.isValid() );
  EXPECT_EQ( fileOfParameterValue( QVariant::fromValue( &layer ), context ), canonical );
  // A new file that does not exist yet: absolute and clean.
  EXPECT_EQ( fileOfParameterValue( directory.filePath( QStringLiteral( "sub/../new.html" ) ), context ), directory.filePath( QStringLiteral( "new.html" ) ) );
  // No file at all.
  std::unique_ptr<QgsVectorLayer> memory = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992" ) );
  EXPECT_TRUE( fileOfParameterValue( QVariant::fromValue( memory.get() ), context ).isEmpty() );
  EXPECT_TRUE( fileOfParameterValue( QgsProcessing::TEMPORARY_OUTPUT, context ).isEmpty() );
  EXPECT_TRUE( fileOfParameterValue( QVariant(), context ).isEmpty() );
  EXPECT_TRUE( fileOfParameterValue( QStringLiteral( "postgis:dbname='tg' table=\"public\".\"x\" (geom)" ), context ).isEmpty() );
}

TEST( OutputGuard, EveryAlgorithmRefusesAnOutputOnItsInputFileAndLeavesItAlone )
{
  QTemporaryDir directory;
  const QString gpkg = copyOfDemoData( directory );
  const QByteArray before = fileHash( gpkg );
  const QgsProcessingProvider *provider = QgsApplication::processingRegistry()->providerById( QStringLiteral( "targetgroup" ) );
  ASSERT_TRUE( provider );
  const QList<const QgsProcessingAlgorithm *> algorithms = provider->algorithms();
  ASSERT_GE( algorithms.size(), 7 );
  for ( const QgsProcessingAlgorithm *algorithm : algorithms )
  {
    // The first input and the first output parameter, both on the GeoPackage.
    QString inputName, outputName;
    for ( const QgsProcessingParameterDefinition *definition : algorithm->parameterDefinitions() )
    {
      if ( inputName.isEmpty() && ( definition->type() == QLatin1String( "source" ) || definition->type() == QLatin1String( "file" ) ) )
        inputName = definition->name();
      if ( outputName.isEmpty() && definition->isDestination() )
        outputName = definition->name();
    }
    ASSERT_FALSE( inputName.isEmpty() ) << algorithm->id().toStdString();
    ASSERT_FALSE( outputName.isEmpty() ) << algorithm->id().toStdString();
    QVariantMap parameters;
    parameters.insert( inputName, gpkg + QStringLiteral( "|layername=households" ) );
    parameters.insert( outputName, gpkg );
    QgsProcessingContext context;
    RecordingFeedback feedback;
    const AlgorithmRun run = runAlgorithm( *algorithm, parameters, context, feedback );
    EXPECT_FALSE( run.ok ) << algorithm->id().toStdString();
    EXPECT_TRUE( run.error.contains( QStringLiteral( "would destroy the input" ) ) ) << algorithm->id().toStdString() << ": " << run.error.toStdString();
    EXPECT_TRUE( run.error.contains( inputName ) && run.error.contains( outputName ) ) << run.error.toStdString();
    EXPECT_EQ( fileHash( gpkg ), before ) << algorithm->id().toStdString() << " touched its input file";
  }
}

TEST( OutputGuard, TwoOutputsOnOneFileAreRefused )
{
  QTemporaryDir directory;
  const QString gpkg = copyOfDemoData( directory );
  const QString html = directory.filePath( QStringLiteral( "profile.html" ) );
  const QgsProcessingAlgorithm *buildProfile = QgsApplication::processingRegistry()->algorithmById( QStringLiteral( "targetgroup:buildprofile" ) );
  ASSERT_TRUE( buildProfile );
  QVariantMap parameters;
  parameters.insert( QStringLiteral( "INPUT" ), gpkg + QStringLiteral( "|layername=households" ) );
  parameters.insert( QStringLiteral( "OUTPUT_PROFILE" ), html );
  parameters.insert( QStringLiteral( "OUTPUT_HTML" ), html );
  QgsProcessingContext context;
  RecordingFeedback feedback;
  const AlgorithmRun run = runAlgorithm( *buildProfile, parameters, context, feedback );
  EXPECT_FALSE( run.ok );
  EXPECT_TRUE( run.error.contains( QStringLiteral( "The outputs OUTPUT_PROFILE" ) ) && run.error.contains( QStringLiteral( "OUTPUT_HTML" ) ) ) << run.error.toStdString();
  EXPECT_FALSE( QFileInfo::exists( html ) );
}

TEST( OutputGuard, ShapefileOutputsAreRefusedWithAGeoPackageSuggestion )
{
  QTemporaryDir directory;
  const QString gpkg = copyOfDemoData( directory );
  const QgsProcessingAlgorithm *aggregate = QgsApplication::processingRegistry()->algorithmById( QStringLiteral( "targetgroup:aggregateareas" ) );
  ASSERT_TRUE( aggregate );
  const QString shapefile = directory.filePath( QStringLiteral( "wijken.shp" ) );
  const QVariantMap parameters{ { QStringLiteral( "INPUT" ), gpkg + QStringLiteral( "|layername=households" ) },
                                { QStringLiteral( "AREAS" ), gpkg + QStringLiteral( "|layername=wijk" ) },
                                { QStringLiteral( "OUTPUT" ), shapefile } };
  QgsProcessingContext context;
  QString message;
  EXPECT_FALSE( aggregate->checkParameterValues( parameters, context, &message ) );
  EXPECT_TRUE( message.contains( QStringLiteral( "is set to a Shapefile" ) ) && message.contains( QStringLiteral( "GeoPackage (.gpkg)" ) ) ) << message.toStdString();
  RecordingFeedback feedback;
  const AlgorithmRun run = runAlgorithm( *aggregate, parameters, context, feedback );
  EXPECT_FALSE( run.ok );
  EXPECT_EQ( run.error, message );
  EXPECT_FALSE( QFileInfo::exists( shapefile ) );
}

TEST( OutputGuard, DatabaseTablesAreReadFromDestinationsAndSourcesWithoutCredentials )
{
  QgsProcessingContext context;
  const QString connection = QStringLiteral( "dbname='tg' host=/tmp/socket port=5433 user='tg' password='s3cret-Pa55'" );
  const DatabaseTable destination = databaseTableOfText( QStringLiteral( "postgis:%1 table=\"public\".\"wijk_tg\" (geom)" ).arg( connection ) );
  ASSERT_TRUE( destination.isValid() );
  EXPECT_EQ( destination.providerKey, QStringLiteral( "postgres" ) );
  EXPECT_EQ( destination.database, QStringLiteral( "tg" ) );
  EXPECT_EQ( destination.port, QStringLiteral( "5433" ) );
  EXPECT_EQ( destination.schema, QStringLiteral( "public" ) );
  EXPECT_EQ( destination.table, QStringLiteral( "wijk_tg" ) );
  EXPECT_FALSE( destination.replace );
  EXPECT_EQ( destination.description(), QStringLiteral( "table \"public\".\"wijk_tg\" in database 'tg'" ) );
  EXPECT_FALSE( destination.description().contains( QStringLiteral( "s3cret" ) ) );

  // The same table as a source ("postgres://"), as an output definition, and with replace=yes.
  const DatabaseTable source = databaseTableOfText( QStringLiteral( "postgres://%1 key='fid' table=\"public\".\"wijk_tg\" (geom)" ).arg( connection ) );
  EXPECT_TRUE( source.sameTableAs( destination ) );
  const DatabaseTable replaced = databaseTableOfParameterValue(
      QVariant::fromValue( QgsProcessingOutputLayerDefinition( QStringLiteral( "postgis:%1 table=\"public\".\"wijk_tg\" (geom) replace=yes" ).arg( connection ) ) ), context );
  EXPECT_TRUE( replaced.replace );
  EXPECT_TRUE( replaced.sameTableAs( destination ) );
  EXPECT_TRUE( databaseTableOfText( QStringLiteral( "postgres:%1 table=\"x\".\"y\" (geom) replace='yes'" ).arg( connection ) ).replace );
  EXPECT_FALSE( databaseTableOfText( QStringLiteral( "postgres:%1 table=\"x\".\"replace\" (geom)" ).arg( connection ) ).replace );
  // Another schema, another table.
  EXPECT_FALSE( databaseTableOfText( QStringLiteral( "postgis:%1 table=\"other\".\"wijk_tg\" (geom)" ).arg( connection ) ).sameTableAs( destination ) );
  // A service names the connection instead of the database.
  EXPECT_EQ( databaseTableOfText( QStringLiteral( "postgis:service='tg' table=\"public\".\"a\" (geom)" ) ).description(), QStringLiteral( "table \"public\".\"a\" of service 'tg'" ) );
  // Files, memory layers and temporary outputs are no database tables.
  EXPECT_FALSE( databaseTableOfText( QStringLiteral( "/data/out.gpkg" ) ).isValid() );
  EXPECT_FALSE( databaseTableOfParameterValue( QgsProcessing::TEMPORARY_OUTPUT, context ).isValid() );
  EXPECT_FALSE( databaseTableOfText( QStringLiteral( "memory:" ) ).isValid() );
  // No server there: unknown, not "missing".
  EXPECT_EQ( databaseTableExists( databaseTableOfText( QStringLiteral( "postgis:dbname='tg' host=/nonexistent/socket port=1 user='tg' table=\"public\".\"a\" (geom)" ) ) ), -1 );
}
