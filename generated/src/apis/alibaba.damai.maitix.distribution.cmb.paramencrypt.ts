// Generated from specs/maitix/alibaba.damai.maitix.distribution.cmb.paramencrypt.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.maitix.distribution.cmb.paramencrypt` (加密招商一网能支付入参). */
export interface AlibabaDamaiMaitixDistributionCmbParamencryptRequest {
  /** 入参param */
  param?: AlibabaDamaiMaitixDistributionCmbParamencryptDisEncrypt4CmbParamInput;
}

/** Response of `alibaba.damai.maitix.distribution.cmb.paramencrypt`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMaitixDistributionCmbParamencryptResponse {
  /** 返回结果 */
  result?: AlibabaDamaiMaitixDistributionCmbParamencryptOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DisEncrypt4CmbParam` of `alibaba.damai.maitix.distribution.cmb.paramencrypt`. */
export interface AlibabaDamaiMaitixDistributionCmbParamencryptDisEncrypt4CmbParamInput {
  /** 订单金额 */
  amount?: string;
  /** 订单日期 */
  date?: string;
  /** 过期时间跨度 */
  expire_time_span?: string;
  /** 订单号 */
  order_no?: string;
  /** 支付成功通知的参数,这里传的是大麦的订单号 */
  pay_notice_para?: string;
  /** 支付成功返回的地址 */
  return_url?: string;
}

/** `OpenResult` of `alibaba.damai.maitix.distribution.cmb.paramencrypt`. */
export interface AlibabaDamaiMaitixDistributionCmbParamencryptOpenResult {
  /** 错误码 */
  error_code?: string;
  /** 错误描述 */
  error_msg?: string;
  /** 返回结果 */
  model?: AlibabaDamaiMaitixDistributionCmbParamencryptDisEncrypt4CmbResult;
  /** 是否成功 */
  success?: boolean;
}

/** `DisEncrypt4CmbResult` of `alibaba.damai.maitix.distribution.cmb.paramencrypt`. */
export interface AlibabaDamaiMaitixDistributionCmbParamencryptDisEncrypt4CmbResult {
  /** 订单金额 */
  amount?: string;
  /** 分行号 */
  branch_no?: string;
  /** 订单日期 */
  date?: string;
  /** 请求日间 */
  date_time?: string;
  /** 过期时间跨度 */
  expire_time_span?: string;
  /** 商户号 */
  merchant_no?: string;
  /** 订单号 */
  order_no?: string;
  /** 支付成功通知的参数,这里传的是大麦的订单号 */
  pay_notice_para?: string;
  /** 支付成功通知的地址 */
  pay_notice_url?: string;
  /** 支付成功返回的地址 */
  return_url?: string;
  /** 加密结果 */
  sign?: string;
}

const REQUEST_SCHEMA = {
  param: {
    amount: 'String',
    date: 'String',
    expire_time_span: 'String',
    order_no: 'String',
    pay_notice_para: 'String',
    return_url: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    model: {
      amount: 'String',
      branch_no: 'String',
      date: 'String',
      date_time: 'String',
      expire_time_span: 'String',
      merchant_no: 'String',
      order_no: 'String',
      pay_notice_para: 'String',
      pay_notice_url: 'String',
      return_url: 'String',
      sign: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.damai.maitix.distribution.cmb.paramencrypt`: method, response root, request and response schemas. */
export const alibabaDamaiMaitixDistributionCmbParamencryptOperation = {
  method: 'alibaba.damai.maitix.distribution.cmb.paramencrypt',
  responseRoot: 'alibaba_damai_maitix_distribution_cmb_paramencrypt_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 加密招商一网能支付入参 — calls TOP method `alibaba.damai.maitix.distribution.cmb.paramencrypt`.
 *
 * encryptParam4Cmb
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMaitixDistributionCmbParamencrypt(
  client: TopClient,
  request: AlibabaDamaiMaitixDistributionCmbParamencryptRequest = {},
  options?: CallOptions,
): Promise<AlibabaDamaiMaitixDistributionCmbParamencryptResponse> {
  return client.call<AlibabaDamaiMaitixDistributionCmbParamencryptResponse>(
    {
      method: 'alibaba.damai.maitix.distribution.cmb.paramencrypt',
      responseRoot: 'alibaba_damai_maitix_distribution_cmb_paramencrypt_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
