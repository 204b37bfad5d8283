// Generated from specs/ascp/taobao.logistics.warehouse.cooperation.batch.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.warehouse.cooperation.batch.confirm` (仓合作关系确认). */
export interface TaobaoLogisticsWarehouseCooperationBatchConfirmRequest {
  /** 仓合作关系确认入参 */
  warehouse_cooperation_batch_confirm_request: TaobaoLogisticsWarehouseCooperationBatchConfirmWarehouseCooperationBatchConfirmRequestInput;
}

/** Response of `taobao.logistics.warehouse.cooperation.batch.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsWarehouseCooperationBatchConfirmResponse {
  /** 仓合作关系确认出参 */
  warehouse_cooperation_batch_confirm_response?: TaobaoLogisticsWarehouseCooperationBatchConfirmWarehouseCooperationBatchConfirmResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WarehouseCooperationBatchConfirmRequest` of `taobao.logistics.warehouse.cooperation.batch.confirm`. */
export interface TaobaoLogisticsWarehouseCooperationBatchConfirmWarehouseCooperationBatchConfirmRequestInput {
  /** 业务请求时间戳（毫秒） */
  request_time: Int64Input;
  /** 业务请求ID（服务商发起请求的ID） */
  request_id: string;
  /** 淘天物流服务商ID */
  supplier_id: string;
  /** 服务商仓编码 */
  warehouse_code: string;
  /** 确认状态： 1：同意合作 2：拒绝合作 */
  cooperation_status: Int64Input;
  /** 合作商家仓编码列表,最多100条 */
  cooperation_warehouses: TaobaoLogisticsWarehouseCooperationBatchConfirmCooperationWarehousesInput[];
  /** 合作业务： ALL（全部，默认） OFFICIAL_LOGISTICS（官方物流）， TIMES_AGENCY（时效代运营）， MAOCHAO_YUNCANG（猫超云仓） */
  business_code?: string;
}

/** `CooperationWarehouses` of `taobao.logistics.warehouse.cooperation.batch.confirm`. */
export interface TaobaoLogisticsWarehouseCooperationBatchConfirmCooperationWarehousesInput {
  /** wms货主id */
  wms_owner_code: string;
  /** 合作店铺仓code */
  cooperation_wh_code: string;
}

/** `WarehouseCooperationBatchConfirmResponse` of `taobao.logistics.warehouse.cooperation.batch.confirm`. */
export interface TaobaoLogisticsWarehouseCooperationBatchConfirmWarehouseCooperationBatchConfirmResponse {
  /** true|false */
  success?: boolean;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 0=全部失败，1=全部成功，2=部分成功 */
  result?: string;
  /** 处理失败的仓（组） */
  data?: TaobaoLogisticsWarehouseCooperationBatchConfirmWarehouseCooperationConfirmResultDetail[];
}

/** `WarehouseCooperationConfirmResultDetail` of `taobao.logistics.warehouse.cooperation.batch.confirm`. */
export interface TaobaoLogisticsWarehouseCooperationBatchConfirmWarehouseCooperationConfirmResultDetail {
  /** 错误码 */
  code?: string;
  /** 错误信息 */
  message?: string;
  /** wms货主id */
  wms_owner_code?: string;
  /** 合作店铺仓code */
  cooperation_wh_code?: string;
}

const REQUEST_SCHEMA = {
  warehouse_cooperation_batch_confirm_request: {
    request_time: 'Number',
    request_id: 'String',
    supplier_id: 'String',
    warehouse_code: 'String',
    cooperation_status: 'Number',
    cooperation_warehouses: [
      {
        wms_owner_code: 'String',
        cooperation_wh_code: 'String',
      },
    ],
    business_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  warehouse_cooperation_batch_confirm_response: {
    success: 'Boolean',
    code: 'String',
    message: 'String',
    result: 'String',
    data: [
      {
        code: 'String',
        message: 'String',
        wms_owner_code: 'String',
        cooperation_wh_code: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.warehouse.cooperation.batch.confirm`: method, response root, request and response schemas. */
export const taobaoLogisticsWarehouseCooperationBatchConfirmOperation = {
  method: 'taobao.logistics.warehouse.cooperation.batch.confirm',
  responseRoot: 'logistics_warehouse_cooperation_batch_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 仓合作关系确认 — calls TOP method `taobao.logistics.warehouse.cooperation.batch.confirm`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsWarehouseCooperationBatchConfirm(
  client: TopClient,
  request: TaobaoLogisticsWarehouseCooperationBatchConfirmRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsWarehouseCooperationBatchConfirmResponse> {
  return client.call<TaobaoLogisticsWarehouseCooperationBatchConfirmResponse>(
    {
      method: 'taobao.logistics.warehouse.cooperation.batch.confirm',
      responseRoot: 'logistics_warehouse_cooperation_batch_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
