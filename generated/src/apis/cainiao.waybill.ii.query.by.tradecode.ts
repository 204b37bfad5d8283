// Generated from specs/waybill/cainiao.waybill.ii.query.by.tradecode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.waybill.ii.query.by.tradecode` (通过订单号查询电子面单通接口). */
export interface CainiaoWaybillIiQueryByTradecodeRequest {
  /**
   * 订单号列表
   *
   * Max list size: 10
   */
  param_list?: CainiaoWaybillIiQueryByTradecodeWaybillDetailQueryByBizSubCodeRequestInput[];
}

/** Response of `cainiao.waybill.ii.query.by.tradecode`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoWaybillIiQueryByTradecodeResponse {
  /** 查询返回值 */
  modules?: CainiaoWaybillIiQueryByTradecodeWaybillCloudPrintWithResultDescResponse[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WaybillDetailQueryByBizSubCodeRequest` of `cainiao.waybill.ii.query.by.tradecode`. */
export interface CainiaoWaybillIiQueryByTradecodeWaybillDetailQueryByBizSubCodeRequestInput {
  /** 订单号 */
  biz_sub_code?: string;
  /** 请求id */
  object_id?: string;
}

/** `WaybillCloudPrintWithResultDescResponse` of `cainiao.waybill.ii.query.by.tradecode`. */
export interface CainiaoWaybillIiQueryByTradecodeWaybillCloudPrintWithResultDescResponse {
  /** 单查询错误code */
  error_code?: string;
  /** 单查询错误message */
  error_message?: string;
  /** 请求id */
  object_id?: string;
  /** 是否查询 */
  success?: boolean;
  /** 面单信息 */
  waybill_cloud_print_response?: CainiaoWaybillIiQueryByTradecodeWaybillCloudPrintResponse;
}

/** `WaybillCloudPrintResponse` of `cainiao.waybill.ii.query.by.tradecode`. */
export interface CainiaoWaybillIiQueryByTradecodeWaybillCloudPrintResponse {
  /** 面单信息 */
  print_data?: string;
  /** 面单号 */
  waybill_code?: string;
}

const REQUEST_SCHEMA = {
  param_list: [
    {
      biz_sub_code: 'String',
      object_id: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  modules: [
    {
      error_code: 'String',
      error_message: 'String',
      object_id: 'String',
      success: 'Boolean',
      waybill_cloud_print_response: {
        print_data: 'String',
        waybill_code: 'String',
      },
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `cainiao.waybill.ii.query.by.tradecode`: method, response root, request and response schemas. */
export const cainiaoWaybillIiQueryByTradecodeOperation = {
  method: 'cainiao.waybill.ii.query.by.tradecode',
  responseRoot: 'cainiao_waybill_ii_query_by_tradecode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通过订单号查询电子面单通接口 — calls TOP method `cainiao.waybill.ii.query.by.tradecode`.
 *
 * 通过订单号查看面单的信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoWaybillIiQueryByTradecode(
  client: TopClient,
  request: CainiaoWaybillIiQueryByTradecodeRequest = {},
  options?: CallOptions,
): Promise<CainiaoWaybillIiQueryByTradecodeResponse> {
  return client.call<CainiaoWaybillIiQueryByTradecodeResponse>(
    {
      method: 'cainiao.waybill.ii.query.by.tradecode',
      responseRoot: 'cainiao_waybill_ii_query_by_tradecode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
