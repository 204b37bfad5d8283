// Generated from specs/tmallgenie/taobao.ailab.aicloud.top.id.list.converter.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.id.list.converter` (将淘宝openId或者设备id/用户id转换为openId). */
export interface TaobaoAilabAicloudTopIdListConverterRequest {
  /** 入参数据 */
  convert_data: TaobaoAilabAicloudTopIdListConverterConverterIdRequestInput;
}

/** Response of `taobao.ailab.aicloud.top.id.list.converter`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopIdListConverterResponse {
  /** 返回体 */
  result?: TaobaoAilabAicloudTopIdListConverterResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ConverterIdRequest` of `taobao.ailab.aicloud.top.id.list.converter`. */
export interface TaobaoAilabAicloudTopIdListConverterConverterIdRequestInput {
  /** idType相应的id内容 */
  id: string;
  /** 编码类型，此处填写PROJECT_ID。 */
  encode_type: string;
  /** 编码类型对应的值，此处填写该产品所在项目的Project ID。请在天猫精灵AI平台的控制台中查看。 */
  encode_key: string;
  /** USER_ID/DEVICE_ID/OPEN_TAOBAO_ID */
  id_type: string;
}

/** `Result` of `taobao.ailab.aicloud.top.id.list.converter`. */
export interface TaobaoAilabAicloudTopIdListConverterResult {
  /** 返回code */
  rt_code?: Int64;
  /** 请求状态 */
  is_success?: boolean;
  /** 返回错误信息 */
  message?: string;
  /** 返回查询内容 */
  rt_value?: TaobaoAilabAicloudTopIdListConverterOpenInfoResponse[];
}

/** `OpenInfoResponse` of `taobao.ailab.aicloud.top.id.list.converter`. */
export interface TaobaoAilabAicloudTopIdListConverterOpenInfoResponse {
  /** 入参内容 */
  param?: TaobaoAilabAicloudTopIdListConverterConverterIdRequest;
  /** 开放openId */
  open_id?: string;
  /** 关联id */
  union_ids?: TaobaoAilabAicloudTopIdListConverterUnionIdInfo[];
}

/** `ConverterIdRequest` of `taobao.ailab.aicloud.top.id.list.converter`. */
export interface TaobaoAilabAicloudTopIdListConverterConverterIdRequest {
  /** id类型 */
  id_type?: string;
  /** idType相应的id内容 */
  id?: string;
  /** 编码类型 */
  encode_type?: string;
  /** 编码类型对应的值，此处填写该产品所在项目的Project ID。请在天猫精灵AI平台的控制台中查看。 */
  encode_key?: string;
}

/** `UnionIdInfo` of `taobao.ailab.aicloud.top.id.list.converter`. */
export interface TaobaoAilabAicloudTopIdListConverterUnionIdInfo {
  /** 组织id */
  organization_id?: string;
  /** 开放unionId */
  union_id?: string;
}

const REQUEST_SCHEMA = {
  convert_data: {
    id: 'String',
    encode_type: 'String',
    encode_key: 'String',
    id_type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    rt_code: 'Number',
    is_success: 'Boolean',
    message: 'String',
    rt_value: [
      {
        param: {
          id_type: 'String',
          id: 'String',
          encode_type: 'String',
          encode_key: 'String',
        },
        open_id: 'String',
        union_ids: [
          {
            organization_id: 'String',
            union_id: 'String',
          },
        ],
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.id.list.converter`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopIdListConverterOperation = {
  method: 'taobao.ailab.aicloud.top.id.list.converter',
  responseRoot: 'ailab_aicloud_top_id_list_converter_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 将淘宝openId或者设备id/用户id转换为openId — calls TOP method `taobao.ailab.aicloud.top.id.list.converter`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopIdListConverter(
  client: TopClient,
  request: TaobaoAilabAicloudTopIdListConverterRequest,
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopIdListConverterResponse> {
  return client.call<TaobaoAilabAicloudTopIdListConverterResponse>(
    {
      method: 'taobao.ailab.aicloud.top.id.list.converter',
      responseRoot: 'ailab_aicloud_top_id_list_converter_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
