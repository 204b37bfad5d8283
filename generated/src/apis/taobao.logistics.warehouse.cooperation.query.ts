// Generated from specs/ascp/taobao.logistics.warehouse.cooperation.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.warehouse.cooperation.query` (仓合作关系查询). */
export interface TaobaoLogisticsWarehouseCooperationQueryRequest {
  /** 仓合作关系查询入参 */
  warehouse_cooperation_query_request: TaobaoLogisticsWarehouseCooperationQueryWarehouseCooperationQueryRequestInput;
}

/** Response of `taobao.logistics.warehouse.cooperation.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsWarehouseCooperationQueryResponse {
  /** 仓合作关系查询出参 */
  warehouse_cooperation_query_response?: TaobaoLogisticsWarehouseCooperationQueryWarehouseCooperationQueryResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WarehouseCooperationQueryRequest` of `taobao.logistics.warehouse.cooperation.query`. */
export interface TaobaoLogisticsWarehouseCooperationQueryWarehouseCooperationQueryRequestInput {
  /** 业务请求时间戳（毫秒） */
  request_time: Int64Input;
  /** 业务请求ID（服务商发起请求的ID） */
  request_id: string;
  /** 淘天物流服务商ID */
  supplier_id: string;
  /** 服务商仓编码 */
  warehouse_code: string;
  /** wms货主id */
  wms_owner_code?: string;
  /** 合作状态（默认，全部状态查询） 1：合作待确认 2：合作中 3：已拒绝合作 4：商家取消合作 5：服务商取消合作 */
  cooperation_status?: Int64Input;
  /** 第几页 */
  page_index: Int64Input;
  /** 每一页多少条，不超过200 */
  page_size: Int64Input;
  /** 合作业务： ALL（全部，默认） OFFICIAL_LOGISTICS（官方物流）， TIMES_AGENCY（时效代运营）， MAOCHAO_YUNCANG（猫超云仓） */
  business_code?: string;
}

/** `WarehouseCooperationQueryResponse` of `taobao.logistics.warehouse.cooperation.query`. */
export interface TaobaoLogisticsWarehouseCooperationQueryWarehouseCooperationQueryResponse {
  /** true|false */
  success?: boolean;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 返回对象 */
  data?: TaobaoLogisticsWarehouseCooperationQueryWarehouseCooperationQueryResultDetail;
}

/** `WarehouseCooperationQueryResultDetail` of `taobao.logistics.warehouse.cooperation.query`. */
export interface TaobaoLogisticsWarehouseCooperationQueryWarehouseCooperationQueryResultDetail {
  /** 第几页 */
  page_index?: Int64;
  /** 总页数 */
  total_page?: Int64;
  /** 查询到的合作关系的商家仓列表 */
  cooperation_warehouses?: TaobaoLogisticsWarehouseCooperationQueryCooperationWarehouse[];
}

/** `CooperationWarehouse` of `taobao.logistics.warehouse.cooperation.query`. */
export interface TaobaoLogisticsWarehouseCooperationQueryCooperationWarehouse {
  /** wms货主id */
  wms_owner_code?: string;
  /** 店铺名称 */
  shop_name?: string;
  /** 合作店铺仓code */
  cooperation_wh_code?: string;
  /** 合作状态： 1：合作待确认 2：合作中 3：已拒绝合作 4：商家取消合作 5：服务商取消合作 */
  cooperation_status?: Int64;
  /** 店铺sellerid（可空） */
  seller_id?: string;
}

const REQUEST_SCHEMA = {
  warehouse_cooperation_query_request: {
    request_time: 'Number',
    request_id: 'String',
    supplier_id: 'String',
    warehouse_code: 'String',
    wms_owner_code: 'String',
    cooperation_status: 'Number',
    page_index: 'Number',
    page_size: 'Number',
    business_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  warehouse_cooperation_query_response: {
    success: 'Boolean',
    code: 'String',
    message: 'String',
    data: {
      page_index: 'Number',
      total_page: 'Number',
      cooperation_warehouses: [
        {
          wms_owner_code: 'String',
          shop_name: 'String',
          cooperation_wh_code: 'String',
          cooperation_status: 'Number',
          seller_id: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.warehouse.cooperation.query`: method, response root, request and response schemas. */
export const taobaoLogisticsWarehouseCooperationQueryOperation = {
  method: 'taobao.logistics.warehouse.cooperation.query',
  responseRoot: 'logistics_warehouse_cooperation_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 仓合作关系查询 — calls TOP method `taobao.logistics.warehouse.cooperation.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsWarehouseCooperationQuery(
  client: TopClient,
  request: TaobaoLogisticsWarehouseCooperationQueryRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsWarehouseCooperationQueryResponse> {
  return client.call<TaobaoLogisticsWarehouseCooperationQueryResponse>(
    {
      method: 'taobao.logistics.warehouse.cooperation.query',
      responseRoot: 'logistics_warehouse_cooperation_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
