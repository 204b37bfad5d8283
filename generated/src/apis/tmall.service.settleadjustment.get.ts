// Generated from specs/tmallservice/tmall.service.settleadjustment.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.service.settleadjustment.get` (查询结算调整单单条记录). */
export interface TmallServiceSettleadjustmentGetRequest {
  /** 结算调整单ID */
  id: Int64Input;
}

/** Response of `tmall.service.settleadjustment.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServiceSettleadjustmentGetResponse {
  /** result */
  result?: TmallServiceSettleadjustmentGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.service.settleadjustment.get`. */
export interface TmallServiceSettleadjustmentGetResult {
  /** dataModule */
  data_module?: TmallServiceSettleadjustmentGetSettleAdjustmentResponse;
  /** errorMessage */
  error_message?: TmallServiceSettleadjustmentGetErrorMessage;
  /** success，成功true，失败false */
  success?: boolean;
}

/** `SettleAdjustmentResponse` of `tmall.service.settleadjustment.get`. */
export interface TmallServiceSettleadjustmentGetSettleAdjustmentResponse {
  /** comments */
  comments?: string;
  /** cost，单位分 */
  cost?: Int64;
  /** description */
  description?: string;
  /** gmtCreate */
  create_time?: string;
  /** gmtModified */
  modified_time?: string;
  /** id */
  id?: Int64;
  /** pictureUrls，多条已冒号分隔 */
  picture_urls?: string;
  /** priceFactors */
  price_factors?: string;
  /** serviceOrderId */
  service_order_id?: Int64;
  /** 工单ID */
  workcard_id?: Int64;
  /** 调整单状态 待商家确认:1, 商家已确认:2, 待小二判定:3, 小二判定有效:4, 小二判定无效:5, 小二无法判定:6, 服务商取消:7, 超时确认:8, 完成:9 */
  status?: Int64;
  /** 调整单类型 */
  type?: Int64;
}

/** `ErrorMessage` of `tmall.service.settleadjustment.get`. */
export interface TmallServiceSettleadjustmentGetErrorMessage {
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data_module: {
      comments: 'String',
      cost: 'Number',
      description: 'String',
      create_time: 'Date',
      modified_time: 'Date',
      id: 'Number',
      picture_urls: 'String',
      price_factors: 'String',
      service_order_id: 'Number',
      workcard_id: 'Number',
      status: 'Number',
      type: 'Number',
    },
    error_message: {
      error_code: 'String',
      error_msg: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.service.settleadjustment.get`: method, response root, request and response schemas. */
export const tmallServiceSettleadjustmentGetOperation = {
  method: 'tmall.service.settleadjustment.get',
  responseRoot: 'tmall_service_settleadjustment_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询结算调整单单条记录 — calls TOP method `tmall.service.settleadjustment.get`.
 *
 * 提供给服务商通过结算调整单id获取结算调整单信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServiceSettleadjustmentGet(
  client: TopClient,
  request: TmallServiceSettleadjustmentGetRequest,
  options?: CallOptions,
): Promise<TmallServiceSettleadjustmentGetResponse> {
  return client.call<TmallServiceSettleadjustmentGetResponse>(
    {
      method: 'tmall.service.settleadjustment.get',
      responseRoot: 'tmall_service_settleadjustment_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
