// Generated from specs/cainiaohandover/cainiao.global.solution.service.resource.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.global.solution.service.resource.query` (查询解决方案服务资源列表). */
export interface CainiaoGlobalSolutionServiceResourceQueryRequest {
  /** 多语言信息 */
  locale?: string;
  /** 查询参数 */
  solution_service_res_param: CainiaoGlobalSolutionServiceResourceQueryQuerySolutionServiceResParamInput;
  /** 发件信息 */
  sender_param?: CainiaoGlobalSolutionServiceResourceQueryOpenSenderParamInput;
}

/** Response of `cainiao.global.solution.service.resource.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoGlobalSolutionServiceResourceQueryResponse {
  /** 请求结果 */
  result?: CainiaoGlobalSolutionServiceResourceQueryGlspResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QuerySolutionServiceResParam` of `cainiao.global.solution.service.resource.query`. */
export interface CainiaoGlobalSolutionServiceResourceQueryQuerySolutionServiceResParamInput {
  /** 解决方案code */
  solution_code?: string;
  /** 服务参数 */
  service_param: CainiaoGlobalSolutionServiceResourceQueryServiceParamInput;
}

/** `ServiceParam` of `cainiao.global.solution.service.resource.query`. */
export interface CainiaoGlobalSolutionServiceResourceQueryServiceParamInput {
  /** DOOR_PICKUP：揽收仓资源、SELF_SEND：自送dropOff */
  code: string;
}

/** `OpenSenderParam` of `cainiao.global.solution.service.resource.query`. */
export interface CainiaoGlobalSolutionServiceResourceQueryOpenSenderParamInput {
  /** 商家后台维护的揽收地址ID */
  seller_address_id?: Int64Input;
}

/** `GlspResponse` of `cainiao.global.solution.service.resource.query`. */
export interface CainiaoGlobalSolutionServiceResourceQueryGlspResponse {
  /** 查询是否成功 */
  is_success?: boolean;
  /** 错误信息 */
  error_info?: CainiaoGlobalSolutionServiceResourceQueryErrorInfo;
  /** 请求结果 */
  result?: CainiaoGlobalSolutionServiceResourceQuerySolutionServiceResQueryResponse;
}

/** `ErrorInfo` of `cainiao.global.solution.service.resource.query`. */
export interface CainiaoGlobalSolutionServiceResourceQueryErrorInfo {
  /** 异常码 */
  error_code?: string;
  /** 错误描述 */
  error_msg?: string;
}

/** `SolutionServiceResQueryResponse` of `cainiao.global.solution.service.resource.query`. */
export interface CainiaoGlobalSolutionServiceResourceQuerySolutionServiceResQueryResponse {
  /** 物流服务资源列表 */
  solution_service_res_list?: CainiaoGlobalSolutionServiceResourceQuerySolutionServiceResDto[];
}

/** `SolutionServiceResDto` of `cainiao.global.solution.service.resource.query`. */
export interface CainiaoGlobalSolutionServiceResourceQuerySolutionServiceResDto {
  /** 解决方案编码 */
  solution_code?: string;
  /** 扩展字段 */
  features?: CainiaoGlobalSolutionServiceResourceQueryFeatures;
  /** 优先级 */
  priority?: string;
  /** 联系人名称 */
  contact_name?: string;
  /** 联系人电话 */
  contact_telephone?: string;
  /** 工作时间 */
  work_time_tips?: string;
  /** 地址对应的divisionId */
  division?: string;
  /** 地址 */
  address?: string;
  /** 资源名称 */
  name?: string;
  /** 资源编码 */
  code?: string;
}

/** `Features` of `cainiao.global.solution.service.resource.query`. */
export interface CainiaoGlobalSolutionServiceResourceQueryFeatures {
  /** 预约流程 */
  appointment_process?: string;
  /** 是否需要预约 */
  need_appointment?: boolean;
  /** 揽收时间 */
  pickup_work_time?: string;
}

const REQUEST_SCHEMA = {
  locale: 'String',
  solution_service_res_param: {
    solution_code: 'String',
    service_param: {
      code: 'String',
    },
  },
  sender_param: {
    seller_address_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    is_success: 'Boolean',
    error_info: {
      error_code: 'String',
      error_msg: 'String',
    },
    result: {
      solution_service_res_list: [
        {
          solution_code: 'String',
          features: {
            appointment_process: 'String',
            need_appointment: 'Boolean',
            pickup_work_time: 'String',
          },
          priority: 'String',
          contact_name: 'String',
          contact_telephone: 'String',
          work_time_tips: 'String',
          division: 'String',
          address: 'String',
          name: 'String',
          code: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.global.solution.service.resource.query`: method, response root, request and response schemas. */
export const cainiaoGlobalSolutionServiceResourceQueryOperation = {
  method: 'cainiao.global.solution.service.resource.query',
  responseRoot: 'cainiao_global_solution_service_resource_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询解决方案服务资源列表 — calls TOP method `cainiao.global.solution.service.resource.query`.
 *
 * 返回直接解决方案的指定物流服务的可用资源列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoGlobalSolutionServiceResourceQuery(
  client: TopClient,
  request: CainiaoGlobalSolutionServiceResourceQueryRequest,
  options?: CallOptions,
): Promise<CainiaoGlobalSolutionServiceResourceQueryResponse> {
  return client.call<CainiaoGlobalSolutionServiceResourceQueryResponse>(
    {
      method: 'cainiao.global.solution.service.resource.query',
      responseRoot: 'cainiao_global_solution_service_resource_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
