// Generated from specs/ascp/alibaba.dchain.aoxiang.combineitem.batch.update.async.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.combineitem.batch.update.async` (组合货品新建&更新). */
export interface AlibabaDchainAoxiangCombineitemBatchUpdateAsyncRequest {
  /** 请求入参 */
  combine_item_batch_upsert_async_request: AlibabaDchainAoxiangCombineitemBatchUpdateAsyncCombineItemBatchUpsertAsyncRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.combineitem.batch.update.async`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangCombineitemBatchUpdateAsyncResponse {
  /** 请求出参 */
  combine_item_upsert_response?: AlibabaDchainAoxiangCombineitemBatchUpdateAsyncCombineItemUpsertAsyncResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CombineItemBatchUpsertAsyncRequest` of `alibaba.dchain.aoxiang.combineitem.batch.update.async`. */
export interface AlibabaDchainAoxiangCombineitemBatchUpdateAsyncCombineItemBatchUpsertAsyncRequestInput {
  /** ERP调翱象接口创建货品的时间戳 */
  request_time: Int64Input;
  /** 业务请求ID，用于做幂等 */
  request_id: string;
  /** 组合货品列表 */
  combine_sc_items: AlibabaDchainAoxiangCombineitemBatchUpdateAsyncCombineScItemInput[];
}

/** `CombineScItem` of `alibaba.dchain.aoxiang.combineitem.batch.update.async`. */
export interface AlibabaDchainAoxiangCombineitemBatchUpdateAsyncCombineScItemInput {
  /** 组合货品erp货品id */
  combine_sc_item_id: string;
  /** 组合货品商家编码 */
  combine_sc_item_code?: string;
  /** 组合货品名称 */
  combine_sc_item_name: string;
  /** 子条目 */
  sub_sc_items: AlibabaDchainAoxiangCombineitemBatchUpdateAsyncSubScItemInput[];
}

/** `SubScItem` of `alibaba.dchain.aoxiang.combineitem.batch.update.async`. */
export interface AlibabaDchainAoxiangCombineitemBatchUpdateAsyncSubScItemInput {
  /** 子货品ERP货品id */
  sc_item_id: string;
  /** 子货品数量 */
  quantity: Int64Input;
}

/** `CombineItemUpsertAsyncResponse` of `alibaba.dchain.aoxiang.combineitem.batch.update.async`. */
export interface AlibabaDchainAoxiangCombineitemBatchUpdateAsyncCombineItemUpsertAsyncResponse {
  /** true|false */
  success?: boolean;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 业务处理结果 */
  data?: AlibabaDchainAoxiangCombineitemBatchUpdateAsyncDataItem[];
  /** 0=接收失败，1=接收成功 */
  result?: string;
}

/** `DataItem` of `alibaba.dchain.aoxiang.combineitem.batch.update.async`. */
export interface AlibabaDchainAoxiangCombineitemBatchUpdateAsyncDataItem {
  /** 组合货品erp货品id */
  combine_sc_item_id?: string;
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
}

const REQUEST_SCHEMA = {
  combine_item_batch_upsert_async_request: {
    request_time: 'Number',
    request_id: 'String',
    combine_sc_items: [
      {
        combine_sc_item_id: 'String',
        combine_sc_item_code: 'String',
        combine_sc_item_name: 'String',
        sub_sc_items: [
          {
            sc_item_id: 'String',
            quantity: 'Number',
          },
        ],
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  combine_item_upsert_response: {
    success: 'Boolean',
    code: 'String',
    message: 'String',
    data: [
      {
        combine_sc_item_id: 'String',
        err_code: 'String',
        err_msg: 'String',
      },
    ],
    result: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.combineitem.batch.update.async`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangCombineitemBatchUpdateAsyncOperation = {
  method: 'alibaba.dchain.aoxiang.combineitem.batch.update.async',
  responseRoot: 'alibaba_dchain_aoxiang_combineitem_batch_update_async_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 组合货品新建&更新 — calls TOP method `alibaba.dchain.aoxiang.combineitem.batch.update.async`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangCombineitemBatchUpdateAsync(
  client: TopClient,
  request: AlibabaDchainAoxiangCombineitemBatchUpdateAsyncRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangCombineitemBatchUpdateAsyncResponse> {
  return client.call<AlibabaDchainAoxiangCombineitemBatchUpdateAsyncResponse>(
    {
      method: 'alibaba.dchain.aoxiang.combineitem.batch.update.async',
      responseRoot: 'alibaba_dchain_aoxiang_combineitem_batch_update_async_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
