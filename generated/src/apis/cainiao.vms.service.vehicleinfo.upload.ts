// Generated from specs/vms/cainiao.vms.service.vehicleinfo.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.vms.service.vehicleinfo.upload` (新能源车--外部车辆信息回传). */
export interface CainiaoVmsServiceVehicleinfoUploadRequest {
  /** 设备号 */
  device_id: string;
  /** 厂家标识 */
  provider_name: string;
  /** 数据源标识 */
  data_source: string;
  /** 协议版本标识 */
  protocol_version: string;
  /** 上传的信息 */
  data: string;
}

/** Response of `cainiao.vms.service.vehicleinfo.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoVmsServiceVehicleinfoUploadResponse {
  /** result */
  result?: CainiaoVmsServiceVehicleinfoUploadAppBaseResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AppBaseResponse` of `cainiao.vms.service.vehicleinfo.upload`. */
export interface CainiaoVmsServiceVehicleinfoUploadAppBaseResponse {
  /** errorMessage */
  error_message?: string;
  /** errorCode */
  error_code?: string;
  /** data */
  data?: boolean;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  device_id: 'String',
  provider_name: 'String',
  data_source: 'String',
  protocol_version: 'String',
  data: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    error_code: 'String',
    data: 'Boolean',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.vms.service.vehicleinfo.upload`: method, response root, request and response schemas. */
export const cainiaoVmsServiceVehicleinfoUploadOperation = {
  method: 'cainiao.vms.service.vehicleinfo.upload',
  responseRoot: 'cainiao_vms_service_vehicleinfo_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新能源车--外部车辆信息回传 — calls TOP method `cainiao.vms.service.vehicleinfo.upload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoVmsServiceVehicleinfoUpload(
  client: TopClient,
  request: CainiaoVmsServiceVehicleinfoUploadRequest,
  options?: CallOptions,
): Promise<CainiaoVmsServiceVehicleinfoUploadResponse> {
  return client.call<CainiaoVmsServiceVehicleinfoUploadResponse>(
    {
      method: 'cainiao.vms.service.vehicleinfo.upload',
      responseRoot: 'cainiao_vms_service_vehicleinfo_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
