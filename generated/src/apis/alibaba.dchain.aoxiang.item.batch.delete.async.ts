// Generated from specs/ascp/alibaba.dchain.aoxiang.item.batch.delete.async.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.item.batch.delete.async` (货品与组合货品删除). */
export interface AlibabaDchainAoxiangItemBatchDeleteAsyncRequest {
  /** 请求入参 */
  item_delete_request: AlibabaDchainAoxiangItemBatchDeleteAsyncItemBatchDeleteAsyncRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.item.batch.delete.async`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangItemBatchDeleteAsyncResponse {
  /** 请求出参 */
  item_delete_response?: AlibabaDchainAoxiangItemBatchDeleteAsyncItemDeleteAsyncResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemBatchDeleteAsyncRequest` of `alibaba.dchain.aoxiang.item.batch.delete.async`. */
export interface AlibabaDchainAoxiangItemBatchDeleteAsyncItemBatchDeleteAsyncRequestInput {
  /** ERP调翱象接口创建货品的时间戳 */
  request_time: Int64Input;
  /** 业务请求ID，用于做幂等 */
  request_id: string;
  /** 货品列表 */
  sc_items: AlibabaDchainAoxiangItemBatchDeleteAsyncScItemInput[];
}

/** `ScItem` of `alibaba.dchain.aoxiang.item.batch.delete.async`. */
export interface AlibabaDchainAoxiangItemBatchDeleteAsyncScItemInput {
  /** ERP货品id（支持组合货品、普通货品） */
  sc_item_id: string;
}

/** `ItemDeleteAsyncResponse` of `alibaba.dchain.aoxiang.item.batch.delete.async`. */
export interface AlibabaDchainAoxiangItemBatchDeleteAsyncItemDeleteAsyncResponse {
  /** true|false */
  success?: boolean;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 业务处理结果 */
  data?: AlibabaDchainAoxiangItemBatchDeleteAsyncDataDetail[];
  /** 0=接收失败，1=接收成功 */
  result?: string;
}

/** `DataDetail` of `alibaba.dchain.aoxiang.item.batch.delete.async`. */
export interface AlibabaDchainAoxiangItemBatchDeleteAsyncDataDetail {
  /** ERP货品id */
  sc_item_id?: string;
  /** 响应码 */
  err_code?: string;
  /** 响应信息 */
  err_msg?: string;
}

const REQUEST_SCHEMA = {
  item_delete_request: {
    request_time: 'Number',
    request_id: 'String',
    sc_items: [
      {
        sc_item_id: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  item_delete_response: {
    success: 'Boolean',
    code: 'String',
    message: 'String',
    data: [
      {
        sc_item_id: 'String',
        err_code: 'String',
        err_msg: 'String',
      },
    ],
    result: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.item.batch.delete.async`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangItemBatchDeleteAsyncOperation = {
  method: 'alibaba.dchain.aoxiang.item.batch.delete.async',
  responseRoot: 'alibaba_dchain_aoxiang_item_batch_delete_async_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 货品与组合货品删除 — calls TOP method `alibaba.dchain.aoxiang.item.batch.delete.async`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangItemBatchDeleteAsync(
  client: TopClient,
  request: AlibabaDchainAoxiangItemBatchDeleteAsyncRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangItemBatchDeleteAsyncResponse> {
  return client.call<AlibabaDchainAoxiangItemBatchDeleteAsyncResponse>(
    {
      method: 'alibaba.dchain.aoxiang.item.batch.delete.async',
      responseRoot: 'alibaba_dchain_aoxiang_item_batch_delete_async_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
