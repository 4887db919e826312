#include "engine/pulogistic.h"

#include "engine/statistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <thread>

namespace targetgroup::engine
{

namespace
{

//! Largest number of model parameters: the Hessian is parameters² doubles per thread.
constexpr int kMaxParameters = 2500;

//! ln(1 + e^x) without overflow.
double softplus( double x )
{
  return x > 0 ? x + std::log1p( std::exp( -x ) ) : std::log1p( std::exp( x ) );
}

//! Parameter layout: 0 the intercept, then every category of every field.
struct Layout
{
  std::vector<int> offsets; //!< first parameter of each field
  int parameters = 1;

  explicit Layout( const std::vector<int> &categoryCounts )
  {
    for ( int count : categoryCounts )
    {
      offsets.push_back( parameters );
      parameters += count;
    }
  }
};

//! Log likelihood, gradient and information matrix (upper triangle) of a set of rows.
struct Accumulator
{
  double logLikelihood = 0;
  std::vector<double> gradient;
  std::vector<double> information; //!< row-major parameters x parameters, upper triangle filled

  explicit Accumulator( int parameters )
      : gradient( parameters, 0.0 ), information( static_cast<size_t>( parameters ) * parameters, 0.0 )
  {
  }
};

void accumulateRows( const CodedHouseholds &data, const Layout &layout, const std::vector<double> &beta, const std::vector<std::uint8_t> *exclude, long long first, long long last, Accumulator &sums )
{
  const int fieldCount = data.fieldCount();
  const size_t parameters = static_cast<size_t>( layout.parameters );
  std::vector<int> active( fieldCount + 1 );
  for ( long long row = first; row < last; ++row )
  {
    if ( exclude && ( *exclude )[row] )
      continue;
    const std::uint8_t *codes = data.codes( row );
    int count = 0;
    active[count++] = 0;
    for ( int f = 0; f < fieldCount; ++f )
    {
      if ( codes[f] != CodedHouseholds::kUnseen )
        active[count++] = layout.offsets[f] + codes[f];
    }
    double eta = 0;
    for ( int a = 0; a < count; ++a )
      eta += beta[active[a]];
    const double mu = 1.0 / ( 1.0 + std::exp( -eta ) );
    const double weight = mu * ( 1.0 - mu );
    const double y = data.isSeed( row ) ? 1.0 : 0.0;
    sums.logLikelihood += y * eta - softplus( eta );
    const double residual = y - mu;
    for ( int a = 0; a < count; ++a )
    {
      sums.gradient[active[a]] += residual;
      double *rowStart = sums.information.data() + static_cast<size_t>( active[a] ) * parameters;
      // active[] ascends (fields in order, offsets ascending): the upper triangle.
      for ( int b = a; b < count; ++b )
        rowStart[active[b]] += weight;
    }
  }
}

Accumulator accumulate( const CodedHouseholds &data, const Layout &layout, const std::vector<double> &beta, const std::vector<std::uint8_t> *exclude, int threads )
{
  const long long rows = data.rows();
  threads = std::max( 1, std::min<int>( threads, static_cast<int>( std::max<long long>( 1, rows / 20000 ) ) ) );
  std::vector<Accumulator> parts( threads, Accumulator( layout.parameters ) );
  std::vector<std::thread> workers;
  for ( int t = 1; t < threads; ++t )
    workers.emplace_back( [&, t]
                          { accumulateRows( data, layout, beta, exclude, rows * t / threads, rows * ( t + 1 ) / threads, parts[t] ); } );
  accumulateRows( data, layout, beta, exclude, 0, rows / threads, parts[0] );
  for ( std::thread &worker : workers )
    worker.join();
  // Added in thread order: the result does not depend on timing.
  for ( int t = 1; t < threads; ++t )
  {
    parts[0].logLikelihood += parts[t].logLikelihood;
    for ( size_t i = 0; i < parts[0].gradient.size(); ++i )
      parts[0].gradient[i] += parts[t].gradient[i];
    for ( size_t i = 0; i < parts[0].information.size(); ++i )
      parts[0].information[i] += parts[t].information[i];
  }
  return std::move( parts[0] );
}

//! In-place Cholesky factor (lower triangle) of a symmetric positive definite matrix; false when it is not.
bool cholesky( std::vector<double> &matrix, int n )
{
  for ( int j = 0; j < n; ++j )
  {
    double diagonal = matrix[static_cast<size_t>( j ) * n + j];
    for ( int k = 0; k < j; ++k )
      diagonal -= matrix[static_cast<size_t>( j ) * n + k] * matrix[static_cast<size_t>( j ) * n + k];
    if ( !( diagonal > 0 ) )
      return false;
    const double root = std::sqrt( diagonal );
    matrix[static_cast<size_t>( j ) * n + j] = root;
    for ( int i = j + 1; i < n; ++i )
    {
      double value = matrix[static_cast<size_t>( i ) * n + j];
      const double *rowI = matrix.data() + static_cast<size_t>( i ) * n;
      const double *rowJ = matrix.data() + static_cast<size_t>( j ) * n;
      for ( int k = 0; k < j; ++k )
        value -= rowI[k] * rowJ[k];
      matrix[static_cast<size_t>( i ) * n + j] = value / root;
    }
  }
  return true;
}

//! Solves L L^T x = b for a factor of cholesky().
std::vector<double> choleskySolve( const std::vector<double> &factor, int n, std::vector<double> x )
{
  for ( int i = 0; i < n; ++i )
  {
    double value = x[i];
    for ( int k = 0; k < i; ++k )
      value -= factor[static_cast<size_t>( i ) * n + k] * x[k];
    x[i] = value / factor[static_cast<size_t>( i ) * n + i];
  }
  for ( int i = n - 1; i >= 0; --i )
  {
    double value = x[i];
    for ( int k = i + 1; k < n; ++k )
      value -= factor[static_cast<size_t>( k ) * n + i] * x[k];
    x[i] = value / factor[static_cast<size_t>( i ) * n + i];
  }
  return x;
}

//! The penalised information matrix, both triangles filled, factored.
std::vector<double> penalisedFactor( Accumulator &sums, int n, double l2 )
{
  std::vector<double> &matrix = sums.information;
  for ( int i = 0; i < n; ++i )
  {
    for ( int j = 0; j < i; ++j )
      matrix[static_cast<size_t>( i ) * n + j] = matrix[static_cast<size_t>( j ) * n + i];
    if ( i > 0 )
      matrix[static_cast<size_t>( i ) * n + i] += l2;
  }
  if ( !cholesky( matrix, n ) )
    throw PuLogisticError( "the PU logistic model's information matrix is not positive definite" );
  return matrix;
}

double penalty( const std::vector<double> &beta, double l2 )
{
  double sum = 0;
  for ( size_t j = 1; j < beta.size(); ++j )
    sum += beta[j] * beta[j];
  return 0.5 * l2 * sum;
}

} // namespace

CodedHouseholds::CodedHouseholds( const Profile &profile, long long maxUnlabelled )
    : mMaxUnlabelled( std::max( 1LL, maxUnlabelled ) )
{
  for ( const ProfileField &field : profile.fields )
  {
    if ( !field.usedForScoring )
      continue;
    if ( field.categories.size() >= kUnseen )
      throw PuLogisticError( "field '" + field.name + "' has " + std::to_string( field.categories.size() ) + " categories; the PU logistic model codes at most 254 per field" );
    mFields.push_back( &field );
    mCategoryCounts.push_back( static_cast<int>( field.categories.size() ) );
  }
  mScratch.resize( mFields.size() );
}

void CodedHouseholds::add( const std::vector<FieldValue> &values, bool isSeed )
{
  for ( size_t f = 0; f < mFields.size(); ++f )
  {
    const int category = f < values.size() ? mFields[f]->categoryOf( values[f] ) : -1;
    mScratch[f] = category < 0 ? kUnseen : static_cast<std::uint8_t>( category );
  }
  addCodes( mScratch, isSeed );
}

void CodedHouseholds::addCodes( const std::vector<std::uint8_t> &codes, bool isSeed )
{
  if ( codes.size() != mCategoryCounts.size() )
    throw PuLogisticError( "CodedHouseholds::addCodes() needs one code per scoring field" );
  long long row = rows();
  if ( isSeed )
    ++mSeedRows;
  else
  {
    ++mUnlabelledSeen;
    if ( static_cast<long long>( mUnlabelledRows.size() ) >= mMaxUnlabelled )
    {
      // Algorithm R: the i-th unlabelled household replaces a kept one with chance max / i.
      std::uniform_int_distribution<long long> pick( 0, mUnlabelledSeen - 1 );
      const long long slot = pick( mRandom );
      if ( slot >= mMaxUnlabelled )
        return;
      row = mUnlabelledRows[slot];
      std::copy( codes.begin(), codes.end(), mCodes.begin() + row * static_cast<long long>( codes.size() ) );
      return;
    }
    mUnlabelledRows.push_back( row );
  }
  mCodes.insert( mCodes.end(), codes.begin(), codes.end() );
  mIsSeed.push_back( isSeed ? 1 : 0 );
}

std::vector<std::vector<double>> scoringBaseShares( const Profile &profile )
{
  std::vector<std::vector<double>> shares;
  for ( const ProfileField &field : profile.fields )
  {
    if ( !field.usedForScoring )
      continue;
    std::vector<double> fieldShares;
    for ( const ProfileCategory &category : field.categories )
      fieldShares.push_back( profile.baseCount > 0 ? static_cast<double>( category.baseCount ) / static_cast<double>( profile.baseCount ) : 0.0 );
    shares.push_back( std::move( fieldShares ) );
  }
  return shares;
}

PuLogisticFit fitPuLogistic( const CodedHouseholds &data, const std::vector<std::vector<double>> &baseShares, const PuLogisticOptions &options, const std::vector<std::uint8_t> *excludeSeedRow, const PuLogisticFit *start )
{
  const Layout layout( data.categoryCounts() );
  const int n = layout.parameters;
  if ( n > kMaxParameters )
    throw PuLogisticError( "the PU logistic model would have " + std::to_string( n ) + " parameters (categories of all scoring fields); at most " + std::to_string( kMaxParameters ) + " are supported" );
  if ( baseShares.size() != data.categoryCounts().size() )
    throw PuLogisticError( "fitPuLogistic(): base shares for another number of fields" );

  long long seedRows = 0, rows = 0;
  for ( long long row = 0; row < data.rows(); ++row )
  {
    if ( excludeSeedRow && ( *excludeSeedRow )[row] )
      continue;
    ++rows;
    seedRows += data.isSeed( row ) ? 1 : 0;
  }
  if ( seedRows == 0 || seedRows == rows )
    throw PuLogisticError( "the PU logistic model needs seed households and other base households" );

  std::vector<double> beta( n, 0.0 );
  if ( start && start->coefficients.size() == data.categoryCounts().size() )
  {
    beta[0] = start->intercept;
    for ( size_t f = 0; f < start->coefficients.size(); ++f )
    {
      for ( size_t c = 0; c < start->coefficients[f].size() && static_cast<int>( c ) < data.categoryCounts()[f]; ++c )
        beta[layout.offsets[f] + c] = start->coefficients[f][c];
    }
  }
  else
    beta[0] = std::log( static_cast<double>( seedRows ) / static_cast<double>( rows - seedRows ) );

  PuLogisticFit fit;
  std::vector<double> previousBeta;
  std::vector<double> step;
  double previousObjective = -INFINITY;
  std::vector<double> factor;
  int halvings = 0;
  for ( fit.iterations = 0; fit.iterations < options.maxIterations; ++fit.iterations )
  {
    Accumulator sums = accumulate( data, layout, beta, excludeSeedRow, options.threads );
    const double objective = sums.logLikelihood - penalty( beta, options.l2 );
    if ( objective < previousObjective - 1e-9 * std::fabs( previousObjective ) && halvings < 30 )
    {
      // The Newton step overshot (rare for the logistic likelihood): halve it.
      ++halvings;
      for ( int j = 0; j < n; ++j )
      {
        step[j] *= 0.5;
        beta[j] = previousBeta[j] + step[j];
      }
      continue;
    }
    halvings = 0;
    for ( int j = 1; j < n; ++j )
      sums.gradient[j] -= options.l2 * beta[j];
    factor = penalisedFactor( sums, n, options.l2 );
    if ( fit.converged )
      break; // the factor at the converged coefficients is kept for the standard errors
    step = choleskySolve( factor, n, sums.gradient );
    previousBeta = beta;
    previousObjective = objective;
    double largest = 0;
    for ( int j = 0; j < n; ++j )
    {
      beta[j] += step[j];
      largest = std::max( largest, std::fabs( step[j] ) );
    }
    if ( largest < options.tolerance )
      fit.converged = true; // one more pass for the information at the final coefficients
  }
  if ( factor.empty() )
    throw PuLogisticError( "the PU logistic model did not run a single iteration" );

  // Centre each field on its base-weighted mean; the covariance of the
  // centred contrast a = e_c - w from the field's block of the inverse.
  fit.intercept = beta[0];
  for ( size_t f = 0; f < baseShares.size(); ++f )
  {
    const int offset = layout.offsets[f];
    const int count = data.categoryCounts()[f];
    const std::vector<double> &weights = baseShares[f];
    double mean = 0;
    for ( int c = 0; c < count; ++c )
      mean += weights[c] * beta[offset + c];
    fit.intercept += mean;
    // block[c][k] = (H^-1)[offset + c][offset + k]
    std::vector<std::vector<double>> block( count );
    for ( int c = 0; c < count; ++c )
    {
      std::vector<double> unit( n, 0.0 );
      unit[offset + c] = 1.0;
      const std::vector<double> column = choleskySolve( factor, n, unit );
      block[c].assign( column.begin() + offset, column.begin() + offset + count );
    }
    double weightedAll = 0;
    std::vector<double> weightedRow( count, 0.0 );
    for ( int c = 0; c < count; ++c )
    {
      for ( int k = 0; k < count; ++k )
        weightedRow[c] += block[c][k] * weights[k];
      weightedAll += weights[c] * weightedRow[c];
    }
    std::vector<double> coefficients, errors;
    for ( int c = 0; c < count; ++c )
    {
      coefficients.push_back( beta[offset + c] - mean );
      errors.push_back( std::sqrt( std::max( 0.0, block[c][c] - 2 * weightedRow[c] + weightedAll ) ) );
    }
    fit.coefficients.push_back( std::move( coefficients ) );
    fit.standardErrors.push_back( std::move( errors ) );
  }
  return fit;
}

void storeLogisticModel( Profile &profile, const PuLogisticFit &fit, const PuLogisticOptions &options, const CodedHouseholds &data )
{
  size_t scoring = 0;
  for ( ProfileField &field : profile.fields )
  {
    if ( !field.usedForScoring )
      continue;
    for ( size_t c = 0; c < field.categories.size(); ++c )
    {
      field.categories[c].coefficient = fit.coefficients.at( scoring ).at( c );
      field.categories[c].coefficientError = fit.standardErrors.at( scoring ).at( c );
    }
    ++scoring;
  }
  profile.formatVersion = kProfileFormatVersion;
  profile.logisticModel.present = true;
  profile.logisticModel.intercept = fit.intercept;
  profile.logisticModel.l2 = options.l2;
  profile.logisticModel.seedRows = data.seedRows();
  profile.logisticModel.unlabelledRows = data.unlabelledKept();
  profile.logisticModel.unlabelledTotal = data.unlabelledSeen();
  profile.logisticModel.iterations = fit.iterations;
  profile.logisticModel.converged = fit.converged;
}

RankingQuality rankingQuality( std::vector<double> heldOutScores, std::vector<double> baseScores )
{
  RankingQuality quality;
  quality.heldOut = static_cast<long long>( heldOutScores.size() );
  if ( heldOutScores.empty() || baseScores.empty() )
    return quality;
  std::sort( baseScores.begin(), baseScores.end() );
  const double n = static_cast<double>( baseScores.size() );
  auto topShare = []( double higher, double ties, double cut )
  {
    if ( higher >= cut )
      return 0.0;
    if ( higher + ties <= cut )
      return 1.0;
    return ( cut - higher ) / ties; // the part of the tied block inside the top
  };
  double aucSum = 0, top10 = 0, top20 = 0;
  for ( double score : heldOutScores )
  {
    const auto lower = std::lower_bound( baseScores.begin(), baseScores.end(), score );
    const auto upper = std::upper_bound( lower, baseScores.end(), score );
    const double below = static_cast<double>( lower - baseScores.begin() );
    const double ties = static_cast<double>( upper - lower );
    const double higher = n - below - ties;
    aucSum += ( below + 0.5 * ties ) / n;
    top10 += topShare( higher, ties, 0.10 * n );
    top20 += topShare( higher, ties, 0.20 * n );
  }
  const double count = static_cast<double>( heldOutScores.size() );
  quality.auc = aucSum / count;
  quality.recallTop10 = top10 / count;
  quality.recallTop20 = top20 / count;
  return quality;
}

ProfileSelfAssessment assessBySeedFolds( const Profile &profile, const CodedHouseholds &data, int folds, const PuLogisticOptions &options, const PuLogisticFit *fullFit )
{
  ProfileSelfAssessment assessment;
  std::vector<const ProfileField *> fields;
  for ( const ProfileField &field : profile.fields )
  {
    if ( field.usedForScoring )
      fields.push_back( &field );
  }
  std::vector<long long> seedRows;
  for ( long long row = 0; row < data.rows(); ++row )
  {
    if ( data.isSeed( row ) )
      seedRows.push_back( row );
  }
  folds = std::min<int>( folds, static_cast<int>( seedRows.size() ) );
  if ( folds < 2 || fields.size() != data.categoryCounts().size() || data.unlabelledKept() == 0 )
    return assessment;
  std::mt19937_64 random( CodedHouseholds::kSamplingSeed + 1 );
  std::shuffle( seedRows.begin(), seedRows.end(), random );
  std::vector<int> foldOfRow( data.rows(), -1 );
  for ( size_t i = 0; i < seedRows.size(); ++i )
    foldOfRow[seedRows[i]] = static_cast<int>( i % folds );

  const std::vector<std::vector<double>> shares = scoringBaseShares( profile );
  double sums[2][3] = { { 0, 0, 0 }, { 0, 0, 0 } };
  double differenceSum = 0, differenceSquares = 0;
  long long heldOutTotal = 0;
  const int fieldCount = data.fieldCount();
  for ( int fold = 0; fold < folds; ++fold )
  {
    std::vector<std::uint8_t> exclude( data.rows(), 0 );
    std::vector<std::vector<long long>> heldOutCounts( fieldCount );
    for ( int f = 0; f < fieldCount; ++f )
      heldOutCounts[f].assign( data.categoryCounts()[f], 0 );
    long long heldOut = 0;
    for ( long long row = 0; row < data.rows(); ++row )
    {
      if ( foldOfRow[row] != fold )
        continue;
      exclude[row] = 1;
      ++heldOut;
      const std::uint8_t *codes = data.codes( row );
      for ( int f = 0; f < fieldCount; ++f )
      {
        if ( codes[f] != CodedHouseholds::kUnseen )
          ++heldOutCounts[f][codes[f]];
      }
    }
    // The likelihood method from the profile's counts without the fold.
    std::vector<std::vector<double>> likelihood( fieldCount );
    for ( int f = 0; f < fieldCount; ++f )
    {
      for ( size_t c = 0; c < fields[f]->categories.size(); ++c )
      {
        const ProfileCategory &category = fields[f]->categories[c];
        const double ratio = shrunkLikelihoodRatio( category.seedCount - heldOutCounts[f][c], profile.seedCount - heldOut,
                                                    category.baseCount - heldOutCounts[f][c], profile.baseCount - heldOut, profile.priorStrength );
        likelihood[f].push_back( fields[f]->scoringWeight * std::log( ratio ) );
      }
    }
    const PuLogisticFit foldFit = fitPuLogistic( data, shares, options, &exclude, fullFit );

    std::vector<double> heldOutScores[2], baseScores[2];
    for ( long long row = 0; row < data.rows(); ++row )
    {
      const bool isHeldOut = exclude[row] != 0;
      if ( data.isSeed( row ) && !isHeldOut )
        continue;
      const std::uint8_t *codes = data.codes( row );
      double scores[2] = { 0, 0 };
      for ( int f = 0; f < fieldCount; ++f )
      {
        if ( codes[f] == CodedHouseholds::kUnseen )
          continue;
        scores[0] += likelihood[f][codes[f]];
        scores[1] += foldFit.coefficients[f][codes[f]];
      }
      for ( int method = 0; method < 2; ++method )
        ( isHeldOut ? heldOutScores[method] : baseScores[method] ).push_back( scores[method] );
    }
    // Paired AUC terms of each held-out household: (base below + ties / 2) / base.
    {
      std::vector<double> sortedBase[2] = { baseScores[0], baseScores[1] };
      for ( int method = 0; method < 2; ++method )
        std::sort( sortedBase[method].begin(), sortedBase[method].end() );
      const double n = static_cast<double>( sortedBase[0].size() );
      for ( size_t i = 0; i < heldOutScores[0].size(); ++i )
      {
        double terms[2];
        for ( int method = 0; method < 2; ++method )
        {
          const std::vector<double> &base = sortedBase[method];
          const auto lower = std::lower_bound( base.begin(), base.end(), heldOutScores[method][i] );
          const auto upper = std::upper_bound( lower, base.end(), heldOutScores[method][i] );
          terms[method] = ( static_cast<double>( lower - base.begin() ) + 0.5 * static_cast<double>( upper - lower ) ) / n;
        }
        const double difference = terms[1] - terms[0];
        differenceSum += difference;
        differenceSquares += difference * difference;
      }
    }
    for ( int method = 0; method < 2; ++method )
    {
      const RankingQuality quality = rankingQuality( std::move( heldOutScores[method] ), std::move( baseScores[method] ) );
      sums[method][0] += quality.recallTop10 * static_cast<double>( heldOut );
      sums[method][1] += quality.recallTop20 * static_cast<double>( heldOut );
      sums[method][2] += quality.auc * static_cast<double>( heldOut );
    }
    heldOutTotal += heldOut;
  }
  RankingQuality *results[2] = { &assessment.likelihood, &assessment.puLogistic };
  for ( int method = 0; method < 2; ++method )
  {
    results[method]->heldOut = heldOutTotal;
    results[method]->recallTop10 = sums[method][0] / static_cast<double>( heldOutTotal );
    results[method]->recallTop20 = sums[method][1] / static_cast<double>( heldOutTotal );
    results[method]->auc = sums[method][2] / static_cast<double>( heldOutTotal );
  }
  assessment.folds = folds;
  const double count = static_cast<double>( heldOutTotal );
  const double meanDifference = differenceSum / count;
  const double variance = count > 1 ? std::max( 0.0, ( differenceSquares - count * meanDifference * meanDifference ) / ( count - 1 ) ) : 0.0;
  assessment.aucDifferenceError = std::sqrt( variance / count );
  // The discriminative model fits the seed's own peculiarities (noise
  // included) better than the likelihood method, which flatters it in this
  // assessment: it is recommended only when its gain is clear.
  const double gain = assessment.puLogistic.auc - assessment.likelihood.auc;
  assessment.recommended = gain > kRecommendationZ * assessment.aucDifferenceError && gain > 0 ? ScoringMethod::PuLogistic : ScoringMethod::ProfileLikelihood;
  return assessment;
}

} // namespace targetgroup::engine
