// Generated from specs/ascpchannel/alibaba.ascp.aic.supplier.aicinventory.negative.sale.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.aic.supplier.aicinventory.negative.sale.query` (商家查询负卖库存). */
export interface AlibabaAscpAicSupplierAicinventoryNegativeSaleQueryRequest {
  /** 库存查询参数 */
  aicinventory_query_request?: AlibabaAscpAicSupplierAicinventoryNegativeSaleQueryAicinventoryqueryrequestInput;
}

/** Response of `alibaba.ascp.aic.supplier.aicinventory.negative.sale.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpAicSupplierAicinventoryNegativeSaleQueryResponse {
  /** 返回值包装,result为返回具体消息内容 */
  aicinventory_query_response?: AlibabaAscpAicSupplierAicinventoryNegativeSaleQueryResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Aicinventoryqueryrequest` of `alibaba.ascp.aic.supplier.aicinventory.negative.sale.query`. */
export interface AlibabaAscpAicSupplierAicinventoryNegativeSaleQueryAicinventoryqueryrequestInput {
  /** 参数列表 */
  aicinventory_query_list?: AlibabaAscpAicSupplierAicinventoryNegativeSaleQueryAicinventoryquerylistInput[];
}

/** `Aicinventoryquerylist` of `alibaba.ascp.aic.supplier.aicinventory.negative.sale.query`. */
export interface AlibabaAscpAicSupplierAicinventoryNegativeSaleQueryAicinventoryquerylistInput {
  /** 仓库编码列表，一般不用入参 */
  store_code_list?: string[];
  /** 协议ID列表，一般不用入参 */
  publish_order_nos?: string[];
  /** 货主ID */
  source_user_id: string;
  /** 销售渠道列表不能用6500，已切换至1000 */
  channel_code_list: string[];
  /** 库存类型列表 */
  inventory_type_list?: string[];
  /** 货品ID */
  sc_item_id: Int64Input;
}

/** `ResultWrapper` of `alibaba.ascp.aic.supplier.aicinventory.negative.sale.query`. */
export interface AlibabaAscpAicSupplierAicinventoryNegativeSaleQueryResultWrapper {
  /** 系统自动生成 */
  data?: AlibabaAscpAicSupplierAicinventoryNegativeSaleQueryData[];
  /** 返回是否成功 */
  success?: boolean;
  /** 系统自动生成 */
  error_code?: string;
  /** 系统自动生成 */
  error_message?: string;
}

/** `Data` of `alibaba.ascp.aic.supplier.aicinventory.negative.sale.query`. */
export interface AlibabaAscpAicSupplierAicinventoryNegativeSaleQueryData {
  /** 货品id */
  sc_item_id?: Int64;
  /** 仓库编码 */
  store_code?: string;
  /** 物流货主id */
  source_user_id?: Int64;
  /** 有效状态 */
  inv_status?: Int64;
  /** 库存总量(前台) */
  quantity?: string;
  /** 占用量 */
  lock_quantity?: string;
  /** 预留库存总量 */
  reserved_quantity?: string;
  /** 预留库存占用量 */
  reserved_lock_quantity?: string;
  /** 协议ID=plan_id单据号 */
  publish_order_no?: string;
  /** ASCP销售市场中的计划ID，供应商不能用这个 */
  trade_future_inv_id?: Int64;
  /** 当前可售库存量(前台) */
  sellable_quantity?: string;
}

const REQUEST_SCHEMA = {
  aicinventory_query_request: {
    aicinventory_query_list: [
      {
        store_code_list: ['String'],
        publish_order_nos: ['String'],
        source_user_id: 'String',
        channel_code_list: ['String'],
        inventory_type_list: ['String'],
        sc_item_id: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  aicinventory_query_response: {
    data: [
      {
        sc_item_id: 'Number',
        store_code: 'String',
        source_user_id: 'Number',
        inv_status: 'Number',
        quantity: 'String',
        lock_quantity: 'String',
        reserved_quantity: 'String',
        reserved_lock_quantity: 'String',
        publish_order_no: 'String',
        trade_future_inv_id: 'Number',
        sellable_quantity: 'String',
      },
    ],
    success: 'Boolean',
    error_code: 'String',
    error_message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.aic.supplier.aicinventory.negative.sale.query`: method, response root, request and response schemas. */
export const alibabaAscpAicSupplierAicinventoryNegativeSaleQueryOperation = {
  method: 'alibaba.ascp.aic.supplier.aicinventory.negative.sale.query',
  responseRoot: 'alibaba_ascp_aic_supplier_aicinventory_negative_sale_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家查询负卖库存 — calls TOP method `alibaba.ascp.aic.supplier.aicinventory.negative.sale.query`.
 *
 * 商家根据当前接口查询负卖货品的库存
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpAicSupplierAicinventoryNegativeSaleQuery(
  client: TopClient,
  request: AlibabaAscpAicSupplierAicinventoryNegativeSaleQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaAscpAicSupplierAicinventoryNegativeSaleQueryResponse> {
  return client.call<AlibabaAscpAicSupplierAicinventoryNegativeSaleQueryResponse>(
    {
      method: 'alibaba.ascp.aic.supplier.aicinventory.negative.sale.query',
      responseRoot: 'alibaba_ascp_aic_supplier_aicinventory_negative_sale_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
