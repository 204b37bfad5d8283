// Generated from specs/ascp/alibaba.dchain.aoxiang.delivery.status.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.delivery.status.update` (启用/停用配资源). */
export interface AlibabaDchainAoxiangDeliveryStatusUpdateRequest {
  /** 启用/停用配资源入参 */
  delivery_status_update_request: AlibabaDchainAoxiangDeliveryStatusUpdateDeliveryStatusUpdateRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.delivery.status.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangDeliveryStatusUpdateResponse {
  /** 启用/停用配资源出参 */
  delivery_status_update_response?: AlibabaDchainAoxiangDeliveryStatusUpdateDeliveryStatusUpdateResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeliveryStatusUpdateRequest` of `alibaba.dchain.aoxiang.delivery.status.update`. */
export interface AlibabaDchainAoxiangDeliveryStatusUpdateDeliveryStatusUpdateRequestInput {
  /** 快递信息数组；最多50条 */
  delivery_infos: AlibabaDchainAoxiangDeliveryStatusUpdateDeliveryInfoInput[];
  /** 业务请求ID，用于做幂等 */
  request_id: string;
  /** ERP调翱象接口创建货品的时间戳 */
  request_time: Int64Input;
}

/** `DeliveryInfo` of `alibaba.dchain.aoxiang.delivery.status.update`. */
export interface AlibabaDchainAoxiangDeliveryStatusUpdateDeliveryInfoInput {
  /** erp配资源唯一编码，卖家唯一 */
  erp_code: string;
  /** 0 停用/1启用 */
  status: string;
}

/** `DeliveryStatusUpdateResponse` of `alibaba.dchain.aoxiang.delivery.status.update`. */
export interface AlibabaDchainAoxiangDeliveryStatusUpdateDeliveryStatusUpdateResponse {
  /** true|false */
  success?: boolean;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 详细 */
  data?: AlibabaDchainAoxiangDeliveryStatusUpdateDataDetail;
}

/** `DataDetail` of `alibaba.dchain.aoxiang.delivery.status.update`. */
export interface AlibabaDchainAoxiangDeliveryStatusUpdateDataDetail {
  /** 0=全部失败，1=全部成功，2=部分成功 */
  result?: string;
  /** 详情 */
  detail?: AlibabaDchainAoxiangDeliveryStatusUpdateDetailItem[];
}

/** `DetailItem` of `alibaba.dchain.aoxiang.delivery.status.update`. */
export interface AlibabaDchainAoxiangDeliveryStatusUpdateDetailItem {
  /** true|false */
  success?: boolean;
  /** erp配资源唯一编码，卖家唯一 */
  erp_code?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  delivery_status_update_request: {
    delivery_infos: [
      {
        erp_code: 'String',
        status: 'String',
      },
    ],
    request_id: 'String',
    request_time: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  delivery_status_update_response: {
    success: 'Boolean',
    code: 'String',
    message: 'String',
    data: {
      result: 'String',
      detail: [
        {
          success: 'Boolean',
          erp_code: 'String',
          code: 'String',
          message: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.delivery.status.update`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangDeliveryStatusUpdateOperation = {
  method: 'alibaba.dchain.aoxiang.delivery.status.update',
  responseRoot: 'alibaba_dchain_aoxiang_delivery_status_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 启用/停用配资源 — calls TOP method `alibaba.dchain.aoxiang.delivery.status.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangDeliveryStatusUpdate(
  client: TopClient,
  request: AlibabaDchainAoxiangDeliveryStatusUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangDeliveryStatusUpdateResponse> {
  return client.call<AlibabaDchainAoxiangDeliveryStatusUpdateResponse>(
    {
      method: 'alibaba.dchain.aoxiang.delivery.status.update',
      responseRoot: 'alibaba_dchain_aoxiang_delivery_status_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
