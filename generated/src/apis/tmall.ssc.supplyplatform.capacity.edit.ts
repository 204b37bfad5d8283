// Generated from specs/tmallservice/tmall.ssc.supplyplatform.capacity.edit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.ssc.supplyplatform.capacity.edit` (容量编辑). */
export interface TmallSscSupplyplatformCapacityEditRequest {
  /** 容量调整 */
  param_service_capacity_adjust_req_dto: TmallSscSupplyplatformCapacityEditServiceCapacityAdjustReqDTOInput;
}

/** Response of `tmall.ssc.supplyplatform.capacity.edit`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallSscSupplyplatformCapacityEditResponse {
  /** 返回类型 */
  result?: TmallSscSupplyplatformCapacityEditResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceCapacityAdjustReqDTO` of `tmall.ssc.supplyplatform.capacity.edit`. */
export interface TmallSscSupplyplatformCapacityEditServiceCapacityAdjustReqDTOInput {
  /** 具体的调整值参数 */
  day_quantity_list?: TmallSscSupplyplatformCapacityEditDayQuantityInput[];
  /** 服务提供者 */
  service_provider_dto?: TmallSscSupplyplatformCapacityEditServiceProviderDTOInput;
}

/** `DayQuantity` of `tmall.ssc.supplyplatform.capacity.edit`. */
export interface TmallSscSupplyplatformCapacityEditDayQuantityInput {
  /** 非必填， */
  available?: boolean;
  /** 必须是YYYY-MM-DD格式 */
  day: string;
  /** 容量值为1 */
  quantity: Int64Input;
  /** 表示具体的某一天内的一个时间段。注意：如果配置了改值，则这里容量调整的值则是2022-07-01 08:00-09:00的容量，不配置则是调整07-01这一天的容量 */
  time_range?: string;
}

/** `ServiceProviderDTO` of `tmall.ssc.supplyplatform.capacity.edit`. */
export interface TmallSscSupplyplatformCapacityEditServiceProviderDTOInput {
  /** 注意：provider_code和providerId至少填写一个 */
  provider_code?: string;
  /** 注意：provider_code和providerId至少填写一个 */
  provider_id?: Int64Input;
  /** 服务商id值 */
  supplier_id: Int64Input;
  /** 上门类型 */
  fulfil_type: string;
  /** 服务网络 */
  provider_type: string;
}

/** `Result` of `tmall.ssc.supplyplatform.capacity.edit`. */
export interface TmallSscSupplyplatformCapacityEditResult {
  /** 对外展示的错误信息 */
  display_msg?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否成功 */
  success?: string;
}

const REQUEST_SCHEMA = {
  param_service_capacity_adjust_req_dto: {
    day_quantity_list: [
      {
        available: 'Boolean',
        day: 'String',
        quantity: 'Number',
        time_range: 'String',
      },
    ],
    service_provider_dto: {
      provider_code: 'String',
      provider_id: 'Number',
      supplier_id: 'Number',
      fulfil_type: 'String',
      provider_type: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    display_msg: 'String',
    error_code: 'String',
    error_msg: 'String',
    success: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.ssc.supplyplatform.capacity.edit`: method, response root, request and response schemas. */
export const tmallSscSupplyplatformCapacityEditOperation = {
  method: 'tmall.ssc.supplyplatform.capacity.edit',
  responseRoot: 'tmall_ssc_supplyplatform_capacity_edit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 容量编辑 — calls TOP method `tmall.ssc.supplyplatform.capacity.edit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallSscSupplyplatformCapacityEdit(
  client: TopClient,
  request: TmallSscSupplyplatformCapacityEditRequest,
  options?: CallOptions,
): Promise<TmallSscSupplyplatformCapacityEditResponse> {
  return client.call<TmallSscSupplyplatformCapacityEditResponse>(
    {
      method: 'tmall.ssc.supplyplatform.capacity.edit',
      responseRoot: 'tmall_ssc_supplyplatform_capacity_edit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
