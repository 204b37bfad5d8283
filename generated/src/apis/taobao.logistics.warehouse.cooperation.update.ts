// Generated from specs/ascp/taobao.logistics.warehouse.cooperation.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.warehouse.cooperation.update` (合作商家信息同步). */
export interface TaobaoLogisticsWarehouseCooperationUpdateRequest {
  /** 合作商家信息同步入参 */
  warehouse_cooperation_update_request: TaobaoLogisticsWarehouseCooperationUpdateWarehouseCooperationUpdateRequestInput;
}

/** Response of `taobao.logistics.warehouse.cooperation.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsWarehouseCooperationUpdateResponse {
  /** 合作商家信息同步出参 */
  warehouse_cooperation_update_response?: TaobaoLogisticsWarehouseCooperationUpdateWarehouseCooperationUpdateResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WarehouseCooperationUpdateRequest` of `taobao.logistics.warehouse.cooperation.update`. */
export interface TaobaoLogisticsWarehouseCooperationUpdateWarehouseCooperationUpdateRequestInput {
  /** 业务请求时间戳（毫秒） */
  request_time: Int64Input;
  /** 业务请求ID（服务商发起请求的ID） */
  request_id: string;
  /** 淘天物流服务商ID */
  supplier_id: string;
  /** 服务商自定义的仓编码 */
  warehouse_code: string;
  /** wms货主id */
  wms_owner_code: string;
  /** 是否自动同步货主关联的所有店铺（仅菜鸟开放） 0：否（默认） 1：是 */
  is_auto_sync: Int64Input;
  /** 是否自动同步货主关联的所有店铺（仅菜鸟开放），为否，必填；最多50条 */
  seller_ids?: string[];
  /** 合作关系状态： 1：解除合作 2：建立合作 */
  cooperation_status: Int64Input;
  /** wms奇门货主id，官方物流对接必填 */
  customer_id?: string;
  /** 合作业务： OFFICIAL_LOGISTICS（官方物流）， TIMES_AGENCY（时效代运营）， MAOCHAO_YUNCANG（猫超云仓） */
  business_code?: string;
}

/** `WarehouseCooperationUpdateResponse` of `taobao.logistics.warehouse.cooperation.update`. */
export interface TaobaoLogisticsWarehouseCooperationUpdateWarehouseCooperationUpdateResponse {
  /** true|false */
  success?: boolean;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 返回内容 */
  data?: TaobaoLogisticsWarehouseCooperationUpdateWarehouseCooperationResultDetail;
}

/** `WarehouseCooperationResultDetail` of `taobao.logistics.warehouse.cooperation.update`. */
export interface TaobaoLogisticsWarehouseCooperationUpdateWarehouseCooperationResultDetail {
  /** wms货主id */
  wms_owner_code?: string;
}

const REQUEST_SCHEMA = {
  warehouse_cooperation_update_request: {
    request_time: 'Number',
    request_id: 'String',
    supplier_id: 'String',
    warehouse_code: 'String',
    wms_owner_code: 'String',
    is_auto_sync: 'Number',
    seller_ids: ['String'],
    cooperation_status: 'Number',
    customer_id: 'String',
    business_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  warehouse_cooperation_update_response: {
    success: 'Boolean',
    code: 'String',
    message: 'String',
    data: {
      wms_owner_code: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.warehouse.cooperation.update`: method, response root, request and response schemas. */
export const taobaoLogisticsWarehouseCooperationUpdateOperation = {
  method: 'taobao.logistics.warehouse.cooperation.update',
  responseRoot: 'logistics_warehouse_cooperation_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 合作商家信息同步 — calls TOP method `taobao.logistics.warehouse.cooperation.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsWarehouseCooperationUpdate(
  client: TopClient,
  request: TaobaoLogisticsWarehouseCooperationUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsWarehouseCooperationUpdateResponse> {
  return client.call<TaobaoLogisticsWarehouseCooperationUpdateResponse>(
    {
      method: 'taobao.logistics.warehouse.cooperation.update',
      responseRoot: 'logistics_warehouse_cooperation_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
