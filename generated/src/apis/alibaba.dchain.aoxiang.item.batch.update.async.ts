// Generated from specs/ascp/alibaba.dchain.aoxiang.item.batch.update.async.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.item.batch.update.async` (货品新建/更新接口). */
export interface AlibabaDchainAoxiangItemBatchUpdateAsyncRequest {
  /** 请求入参 */
  item_update_request: AlibabaDchainAoxiangItemBatchUpdateAsyncItemBatchUpdateAsyncRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.item.batch.update.async`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangItemBatchUpdateAsyncResponse {
  /** 请求出参 */
  item_update_response?: AlibabaDchainAoxiangItemBatchUpdateAsyncItemUpdateAsnycResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemBatchUpdateAsyncRequest` of `alibaba.dchain.aoxiang.item.batch.update.async`. */
export interface AlibabaDchainAoxiangItemBatchUpdateAsyncItemBatchUpdateAsyncRequestInput {
  /** ERP调翱象接口创建货品的时间戳 */
  request_time: Int64Input;
  /** 业务请求ID，用于做幂等 */
  request_id: string;
  /** 货品列表 */
  sc_items: AlibabaDchainAoxiangItemBatchUpdateAsyncScItemInput[];
}

/** `ScItem` of `alibaba.dchain.aoxiang.item.batch.update.async`. */
export interface AlibabaDchainAoxiangItemBatchUpdateAsyncScItemInput {
  /** ERP货品ID */
  sc_item_id: string;
  /** 货品名称 */
  sc_item_name: string;
  /** 货品商家编码 */
  sc_item_code?: string;
  /** 仓库货品编码 */
  warehouse_sc_item_relation?: AlibabaDchainAoxiangItemBatchUpdateAsyncWarehouseScItemRelationInput[];
  /** 货品条码 */
  bar_code?: string;
  /** 扩展字段 */
  extend_props?: string;
}

/** `WarehouseScItemRelation` of `alibaba.dchain.aoxiang.item.batch.update.async`. */
export interface AlibabaDchainAoxiangItemBatchUpdateAsyncWarehouseScItemRelationInput {
  /** 仓库编码 */
  erp_warehouse_code?: string;
  /** 仓库货品编码 */
  warehouse_sc_item_code?: string;
}

/** `ItemUpdateAsnycResponse` of `alibaba.dchain.aoxiang.item.batch.update.async`. */
export interface AlibabaDchainAoxiangItemBatchUpdateAsyncItemUpdateAsnycResponse {
  /** true|false */
  success?: boolean;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 业务处理结果 */
  data?: AlibabaDchainAoxiangItemBatchUpdateAsyncDataItem[];
  /** 0=全部接收失败，1=全部接收成功，2=部分接受成功 */
  result?: string;
}

/** `DataItem` of `alibaba.dchain.aoxiang.item.batch.update.async`. */
export interface AlibabaDchainAoxiangItemBatchUpdateAsyncDataItem {
  /** ERP货品ID */
  sc_item_id?: string;
  /** 错误编码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
}

const REQUEST_SCHEMA = {
  item_update_request: {
    request_time: 'Number',
    request_id: 'String',
    sc_items: [
      {
        sc_item_id: 'String',
        sc_item_name: 'String',
        sc_item_code: 'String',
        warehouse_sc_item_relation: [
          {
            erp_warehouse_code: 'String',
            warehouse_sc_item_code: 'String',
          },
        ],
        bar_code: 'String',
        extend_props: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  item_update_response: {
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

/** Static description of `alibaba.dchain.aoxiang.item.batch.update.async`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangItemBatchUpdateAsyncOperation = {
  method: 'alibaba.dchain.aoxiang.item.batch.update.async',
  responseRoot: 'alibaba_dchain_aoxiang_item_batch_update_async_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 货品新建/更新接口 — calls TOP method `alibaba.dchain.aoxiang.item.batch.update.async`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangItemBatchUpdateAsync(
  client: TopClient,
  request: AlibabaDchainAoxiangItemBatchUpdateAsyncRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangItemBatchUpdateAsyncResponse> {
  return client.call<AlibabaDchainAoxiangItemBatchUpdateAsyncResponse>(
    {
      method: 'alibaba.dchain.aoxiang.item.batch.update.async',
      responseRoot: 'alibaba_dchain_aoxiang_item_batch_update_async_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
