// Generated from specs/iot/alibaba.ailabs.iot.business.recipe.getpage.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.iot.business.recipe.getpage` (分页查询食谱). */
export interface AlibabaAilabsIotBusinessRecipeGetpageRequest {
  /** 开放账号id */
  open_account_id: string;
  /** 分页页码 */
  page_num?: Int64Input;
  /** 分页大小 */
  page_size?: Int64Input;
}

/** Response of `alibaba.ailabs.iot.business.recipe.getpage`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsIotBusinessRecipeGetpageResponse {
  /** 返回包装类 */
  result?: AlibabaAilabsIotBusinessRecipeGetpageBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResult` of `alibaba.ailabs.iot.business.recipe.getpage`. */
export interface AlibabaAilabsIotBusinessRecipeGetpageBaseResult {
  /** 信息 */
  message?: string;
  /** 响应code */
  ret_code?: Int64;
  /** 返回结果 */
  ret_value?: AlibabaAilabsIotBusinessRecipeGetpagePageInfo;
  /** 追踪id */
  trace_id?: string;
}

/** `PageInfo` of `alibaba.ailabs.iot.business.recipe.getpage`. */
export interface AlibabaAilabsIotBusinessRecipeGetpagePageInfo {
  /** 分页大小 */
  page_size?: Int64;
  /** 分页页码 */
  page_num?: Int64;
  /** 总条数 */
  total?: Int64;
  /** 数据集 */
  list?: AlibabaAilabsIotBusinessRecipeGetpageBusinessRecipeOpenDto[];
}

/** `BusinessRecipeOpenDto` of `alibaba.ailabs.iot.business.recipe.getpage`. */
export interface AlibabaAilabsIotBusinessRecipeGetpageBusinessRecipeOpenDto {
  /** 食谱描述 */
  description?: string;
  /** 食谱类型 0视频菜谱 1图文菜谱 */
  recipe_type?: Int64;
  /** 食谱中文名 */
  recipe_name_cn?: string;
  /** 菜谱功能类型 1 普通食谱 2 智能食谱 */
  function_type?: string;
  /** 行业食谱id */
  business_recipe_id?: string;
}

const REQUEST_SCHEMA = {
  open_account_id: 'String',
  page_num: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    ret_code: 'Number',
    ret_value: {
      page_size: 'Number',
      page_num: 'Number',
      total: 'Number',
      list: [
        {
          description: 'String',
          recipe_type: 'Number',
          recipe_name_cn: 'String',
          function_type: 'String',
          business_recipe_id: 'String',
        },
      ],
    },
    trace_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.iot.business.recipe.getpage`: method, response root, request and response schemas. */
export const alibabaAilabsIotBusinessRecipeGetpageOperation = {
  method: 'alibaba.ailabs.iot.business.recipe.getpage',
  responseRoot: 'alibaba_ailabs_iot_business_recipe_getpage_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分页查询食谱 — calls TOP method `alibaba.ailabs.iot.business.recipe.getpage`.
 *
 * 分页查询食谱数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsIotBusinessRecipeGetpage(
  client: TopClient,
  request: AlibabaAilabsIotBusinessRecipeGetpageRequest,
  options?: CallOptions,
): Promise<AlibabaAilabsIotBusinessRecipeGetpageResponse> {
  return client.call<AlibabaAilabsIotBusinessRecipeGetpageResponse>(
    {
      method: 'alibaba.ailabs.iot.business.recipe.getpage',
      responseRoot: 'alibaba_ailabs_iot_business_recipe_getpage_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
