#include "common/rangereader.h"

#include "common/qgiscompat.h"

#include <qgsexpression.h>
#include <qgsproviderregistry.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <exception>
#include <limits>
#include <memory>
#include <stdexcept>
#include <thread>

namespace targetgroup
{

RangeReader::RangeReader( const QgsVectorLayer &layer )
    : mLayer( &layer ), mSource( layer.source() ), mProviderKey( layer.providerType() )
{
  const QgsVectorDataProvider *provider = layer.dataProvider();
  if ( !provider )
  {
    mWhyNot = QStringLiteral( "the layer has no data provider" );
    return;
  }
  if ( mProviderKey == QLatin1String( "ogr" ) )
  {
    const QString storage = provider->storageType();
    if ( storage != QLatin1String( "GPKG" ) && storage != QLatin1String( "SQLite" ) )
    {
      mWhyNot = QStringLiteral( "OGR source of type %1: only GeoPackage and SQLite filter on their key in the database" ).arg( storage );
      return;
    }
  }
  else if ( mProviderKey != QLatin1String( "postgres" ) )
  {
    mWhyNot = QStringLiteral( "provider %1: only GeoPackage (ogr) and PostGIS (postgres) are read in ranges" ).arg( mProviderKey );
    return;
  }
  const QgsFields fields = provider->fields();
  const QgsAttributeList keys = provider->pkAttributeIndexes();
  if ( keys.size() == 1 && compat::isIntegerField( fields.at( keys.first() ) ) )
    mKeyIndex = keys.first();
  else if ( fields.lookupField( QStringLiteral( "fid" ) ) >= 0 && compat::isIntegerField( fields.at( fields.lookupField( QStringLiteral( "fid" ) ) ) ) )
    mKeyIndex = fields.lookupField( QStringLiteral( "fid" ) );
  if ( mKeyIndex < 0 )
  {
    mWhyNot = QStringLiteral( "no single integer primary key to split on" );
    return;
  }
  mKeyField = fields.at( mKeyIndex ).name();
}

QVector<RangeReader::Range> RangeReader::split( int parts ) const
{
  QVector<Range> ranges;
  if ( !splittable() || parts < 2 )
  {
    ranges.append( Range{ std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max() } );
    return ranges;
  }
  const QgsVectorDataProvider *provider = mLayer->dataProvider();
  const QVariant minimum = provider->minimumValue( mKeyIndex );
  const QVariant maximum = provider->maximumValue( mKeyIndex );
  if ( minimum.isNull() || maximum.isNull() )
    return ranges; // empty source
  const qint64 first = minimum.toLongLong();
  const qint64 last = maximum.toLongLong();
  // In unsigned arithmetic: last - first overflows a qint64 for keys near both ends.
  const quint64 span = static_cast<quint64>( last ) - static_cast<quint64>( first ) + 1;
  const quint64 count = std::min<quint64>( static_cast<quint64>( parts ), span );
  qint64 begin = first;
  for ( quint64 part = 0; part < count; ++part )
  {
    const quint64 length = span / count + ( part < span % count ? 1 : 0 );
    const qint64 end = static_cast<qint64>( static_cast<quint64>( begin ) + length - 1 );
    ranges.append( Range{ begin, end } );
    begin = static_cast<qint64>( static_cast<quint64>( end ) + 1 );
  }
  return ranges;
}

QgsFeatureRequest RangeReader::requestFor( const Range &range, const QgsFeatureRequest &request ) const
{
  QgsFeatureRequest ranged( request );
  if ( !splittable() || ( range.first == std::numeric_limits<qint64>::min() && range.last == std::numeric_limits<qint64>::max() ) )
    return ranged;
  if ( request.filterType() != QgsFeatureRequest::FilterNone && request.filterType() != QgsFeatureRequest::FilterExpression )
    throw std::invalid_argument( "RangeReader: a request filtered by feature ids cannot be split into key ranges" );
  const QString keyFilter = QStringLiteral( "%1 >= %2 AND %1 <= %3" ).arg( QgsExpression::quotedColumnRef( mKeyField ) ).arg( range.first ).arg( range.last );
  if ( request.filterType() == QgsFeatureRequest::FilterExpression && request.filterExpression() )
    ranged.setFilterExpression( QStringLiteral( "(%1) AND (%2)" ).arg( request.filterExpression()->expression(), keyFilter ) );
  else
    ranged.setFilterExpression( keyFilter );
  return ranged;
}

void RangeReader::read( const QVector<Range> &ranges, const QgsFeatureRequest &request, const RangeCallback &callback ) const
{
  if ( !splittable() )
  {
    // One thread, the layer's own provider (it may be a memory layer, which a
    // second provider from the same URI would not see).
    for ( int range = 0; range < ranges.size(); ++range )
    {
      QgsFeatureIterator features = mLayer->getFeatures( request );
      callback( range, features );
    }
    return;
  }
  std::vector<std::exception_ptr> errors( static_cast<std::size_t>( ranges.size() ) );
  std::vector<std::thread> threads;
  threads.reserve( static_cast<std::size_t>( ranges.size() ) );
  for ( int range = 0; range < ranges.size(); ++range )
  {
    const QgsFeatureRequest rangeRequest = requestFor( ranges[range], request );
    threads.emplace_back( [this, range, rangeRequest, &callback, &errors]()
                          {
                            try
                            {
                              // A provider per thread: QGIS providers are not shared between threads.
                              std::unique_ptr<QgsDataProvider> opened( QgsProviderRegistry::instance()->createProvider( mProviderKey, mSource, QgsDataProvider::ProviderOptions() ) );
                              auto *provider = dynamic_cast<QgsVectorDataProvider *>( opened.get() );
                              if ( !provider || !provider->isValid() )
                                throw std::runtime_error( "RangeReader: cannot open " + mSource.toStdString() + " a second time" );
                              QgsFeatureIterator features = provider->getFeatures( rangeRequest );
                              callback( range, features );
                            }
                            catch ( ... )
                            {
                              errors[static_cast<std::size_t>( range )] = std::current_exception();
                            } } );
  }
  for ( std::thread &thread : threads )
    thread.join();
  for ( const std::exception_ptr &error : errors )
  {
    if ( error )
      std::rethrow_exception( error );
  }
}

} // namespace targetgroup
