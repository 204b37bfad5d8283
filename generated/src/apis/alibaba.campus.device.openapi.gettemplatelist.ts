// Generated from specs/campus/alibaba.campus.device.openapi.gettemplatelist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.device.openapi.gettemplatelist` (查询设备模板). */
export interface AlibabaCampusDeviceOpenapiGettemplatelistRequest {
  /** 设备模板查询对象 */
  query?: AlibabaCampusDeviceOpenapiGettemplatelistTemplateApiQueryInput;
}

/** Response of `alibaba.campus.device.openapi.gettemplatelist`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusDeviceOpenapiGettemplatelistResponse {
  /** 返回结果 */
  result?: AlibabaCampusDeviceOpenapiGettemplatelistPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TemplateApiQuery` of `alibaba.campus.device.openapi.gettemplatelist`. */
export interface AlibabaCampusDeviceOpenapiGettemplatelistTemplateApiQueryInput {
  /** 分页大小,限制limit<=500 */
  limit?: Int64Input;
  /** 设备模板编码 */
  code?: string;
  /** 当前页 */
  current_page?: Int64Input;
  /** 模糊查询模板编码或名称 */
  key?: string;
  /** 设备模板名称 */
  name?: string;
}

/** `PageResult` of `alibaba.campus.device.openapi.gettemplatelist`. */
export interface AlibabaCampusDeviceOpenapiGettemplatelistPageResult {
  /** 设备模板集合 */
  content?: AlibabaCampusDeviceOpenapiGettemplatelistPage;
  /** 请求id */
  request_id?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `Page` of `alibaba.campus.device.openapi.gettemplatelist`. */
export interface AlibabaCampusDeviceOpenapiGettemplatelistPage {
  /** 总记录数 */
  total?: Int64;
  /** 分页大小 */
  limit?: Int64;
  /** 模板集合 */
  results?: AlibabaCampusDeviceOpenapiGettemplatelistTemplateApiDto[];
  /** 当前页 */
  current_page?: Int64;
}

/** `TemplateApiDto` of `alibaba.campus.device.openapi.gettemplatelist`. */
export interface AlibabaCampusDeviceOpenapiGettemplatelistTemplateApiDto {
  /** 模板id */
  id?: Int64;
  /** 模板编码 */
  code?: string;
  /** 模板名称 */
  name?: string;
  /** 参数点集合 */
  property_list?: AlibabaCampusDeviceOpenapiGettemplatelistPropertyApiDto[];
}

/** `PropertyApiDto` of `alibaba.campus.device.openapi.gettemplatelist`. */
export interface AlibabaCampusDeviceOpenapiGettemplatelistPropertyApiDto {
  /** 参数点id */
  id?: Int64;
  /** 参数点名称 */
  name?: string;
  /** 参数点编码 */
  code?: string;
  /** 参数点类型id */
  type?: Int64;
  /** 参数点类型名称 */
  type_name?: string;
  /** 是否报警类参数 */
  alarm?: boolean;
  /** 值类型id */
  value_type?: Int64;
  /** 值类型名称 */
  value_type_name?: string;
  /** 元数据id */
  property_kind?: Int64;
  /** 元数据编码 */
  property_kind_code?: string;
  /** 控制类参数枚举值 */
  control_enum_value?: string;
  /** 单位id */
  unit_id?: Int64;
  /** 单位编码 */
  unit_code?: string;
}

const REQUEST_SCHEMA = {
  query: {
    limit: 'Number',
    code: 'String',
    current_page: 'Number',
    key: 'String',
    name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: {
      total: 'Number',
      limit: 'Number',
      results: [
        {
          id: 'Number',
          code: 'String',
          name: 'String',
          property_list: [
            {
              id: 'Number',
              name: 'String',
              code: 'String',
              type: 'Number',
              type_name: 'String',
              alarm: 'Boolean',
              value_type: 'Number',
              value_type_name: 'String',
              property_kind: 'Number',
              property_kind_code: 'String',
              control_enum_value: 'String',
              unit_id: 'Number',
              unit_code: 'String',
            },
          ],
        },
      ],
      current_page: 'Number',
    },
    request_id: 'String',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.device.openapi.gettemplatelist`: method, response root, request and response schemas. */
export const alibabaCampusDeviceOpenapiGettemplatelistOperation = {
  method: 'alibaba.campus.device.openapi.gettemplatelist',
  responseRoot: 'alibaba_campus_device_openapi_gettemplatelist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询设备模板 — calls TOP method `alibaba.campus.device.openapi.gettemplatelist`.
 *
 * 查询设备模板信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusDeviceOpenapiGettemplatelist(
  client: TopClient,
  request: AlibabaCampusDeviceOpenapiGettemplatelistRequest = {},
  options?: CallOptions,
): Promise<AlibabaCampusDeviceOpenapiGettemplatelistResponse> {
  return client.call<AlibabaCampusDeviceOpenapiGettemplatelistResponse>(
    {
      method: 'alibaba.campus.device.openapi.gettemplatelist',
      responseRoot: 'alibaba_campus_device_openapi_gettemplatelist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
