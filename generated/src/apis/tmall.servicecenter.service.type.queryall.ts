// Generated from specs/tmallservice/tmall.servicecenter.service.type.queryall.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.service.type.queryall` (服务供应链服务类型). */
export interface TmallServicecenterServiceTypeQueryallRequest {}

/** Response of `tmall.servicecenter.service.type.queryall`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterServiceTypeQueryallResponse {
  /** result */
  result?: TmallServicecenterServiceTypeQueryallResultBase;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultBase` of `tmall.servicecenter.service.type.queryall`. */
export interface TmallServicecenterServiceTypeQueryallResultBase {
  /** gmtModified */
  gmt_modified?: string;
  /** gmtCreate */
  gmt_create?: string;
  /** value */
  value?: TmallServicecenterServiceTypeQueryallServiceTypeDtOs;
  /** errorCode */
  error_code?: Int64;
  /** errorMsg */
  error_msg?: string;
  /** success */
  success?: boolean;
}

/** `ServiceTypeDtOs` of `tmall.servicecenter.service.type.queryall`. */
export interface TmallServicecenterServiceTypeQueryallServiceTypeDtOs {
  /** serviceTypeDTOs */
  service_type_d_t_os?: TmallServicecenterServiceTypeQueryallServiceTypeDto[];
}

/** `ServiceTypeDto` of `tmall.servicecenter.service.type.queryall`. */
export interface TmallServicecenterServiceTypeQueryallServiceTypeDto {
  /** serviceName */
  service_name?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    gmt_modified: 'Date',
    gmt_create: 'Date',
    value: {
      service_type_d_t_os: [
        {
          service_name: 'String',
        },
      ],
    },
    error_code: 'Number',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.service.type.queryall`: method, response root, request and response schemas. */
export const tmallServicecenterServiceTypeQueryallOperation = {
  method: 'tmall.servicecenter.service.type.queryall',
  responseRoot: 'tmall_servicecenter_service_type_queryall_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务供应链服务类型 — calls TOP method `tmall.servicecenter.service.type.queryall`.
 *
 * 查询天猫服务类型列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterServiceTypeQueryall(
  client: TopClient,
  request: TmallServicecenterServiceTypeQueryallRequest = {},
  options?: CallOptions,
): Promise<TmallServicecenterServiceTypeQueryallResponse> {
  return client.call<TmallServicecenterServiceTypeQueryallResponse>(
    {
      method: 'tmall.servicecenter.service.type.queryall',
      responseRoot: 'tmall_servicecenter_service_type_queryall_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
