// Generated from specs/ascpchannel/alibaba.ascp.aic.supplier.aicinventory.channel.inventory.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.aic.supplier.aicinventory.channel.inventory.query` (供应商直发-商家仓库存查询服务). */
export interface AlibabaAscpAicSupplierAicinventoryChannelInventoryQueryRequest {
  /** 商家仓库存查询请求参数 */
  merchant_inventory_query_request?: AlibabaAscpAicSupplierAicinventoryChannelInventoryQueryMerchantInventoryQueryInput;
}

/** Response of `alibaba.ascp.aic.supplier.aicinventory.channel.inventory.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpAicSupplierAicinventoryChannelInventoryQueryResponse {
  /** 响应结果 */
  merchant_inventory_query_response?: AlibabaAscpAicSupplierAicinventoryChannelInventoryQueryResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MerchantInventoryQuery` of `alibaba.ascp.aic.supplier.aicinventory.channel.inventory.query`. */
export interface AlibabaAscpAicSupplierAicinventoryChannelInventoryQueryMerchantInventoryQueryInput {
  /** 供应链中台供应商id */
  supplier_id: Int64Input;
  /** 供应链中台商家仓code */
  store_code: string;
  /** 供应链中台物流货主id */
  user_id: Int64Input;
  /** 供应链货主id list 单次<=20 */
  sc_item_ids: Int64Input[];
}

/** `ResultWrapper` of `alibaba.ascp.aic.supplier.aicinventory.channel.inventory.query`. */
export interface AlibabaAscpAicSupplierAicinventoryChannelInventoryQueryResultWrapper {
  /** 响应数据 */
  datas?: AlibabaAscpAicSupplierAicinventoryChannelInventoryQueryDatas[];
  /** 是否成功 */
  success?: boolean;
  /** 错误描述 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

/** `Datas` of `alibaba.ascp.aic.supplier.aicinventory.channel.inventory.query`. */
export interface AlibabaAscpAicSupplierAicinventoryChannelInventoryQueryDatas {
  /** 占用库存 */
  lock_quantity?: string;
  /** 渠道编码 */
  channel_code?: string;
  /** 1-良品 101 -在库残次 */
  inventory_type?: Int64;
  /** 总库存 */
  quantity?: string;
  /** 供应链中台货品ID */
  sc_item_id?: Int64;
  /** 供应链中台货主ID */
  source_user_id?: Int64;
  /** 供应链中台货仓code */
  store_code?: string;
}

const REQUEST_SCHEMA = {
  merchant_inventory_query_request: {
    supplier_id: 'Number',
    store_code: 'String',
    user_id: 'Number',
    sc_item_ids: ['Number'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  merchant_inventory_query_response: {
    datas: [
      {
        lock_quantity: 'String',
        channel_code: 'String',
        inventory_type: 'Number',
        quantity: 'String',
        sc_item_id: 'Number',
        source_user_id: 'Number',
        store_code: 'String',
      },
    ],
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.aic.supplier.aicinventory.channel.inventory.query`: method, response root, request and response schemas. */
export const alibabaAscpAicSupplierAicinventoryChannelInventoryQueryOperation = {
  method: 'alibaba.ascp.aic.supplier.aicinventory.channel.inventory.query',
  responseRoot: 'alibaba_ascp_aic_supplier_aicinventory_channel_inventory_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商直发-商家仓库存查询服务 — calls TOP method `alibaba.ascp.aic.supplier.aicinventory.channel.inventory.query`.
 *
 * 提供商家基于货品、供应商、仓，查询ascp 实时商家仓库存查询数据。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpAicSupplierAicinventoryChannelInventoryQuery(
  client: TopClient,
  request: AlibabaAscpAicSupplierAicinventoryChannelInventoryQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaAscpAicSupplierAicinventoryChannelInventoryQueryResponse> {
  return client.call<AlibabaAscpAicSupplierAicinventoryChannelInventoryQueryResponse>(
    {
      method: 'alibaba.ascp.aic.supplier.aicinventory.channel.inventory.query',
      responseRoot: 'alibaba_ascp_aic_supplier_aicinventory_channel_inventory_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
