// Generated from specs/iot/alibaba.ailabs.iot.business.recipe.insertorupdate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.iot.business.recipe.insertorupdate` (插入和更新食谱). */
export interface AlibabaAilabsIotBusinessRecipeInsertorupdateRequest {
  /** 行业食谱开放参数 */
  param_business_recipe_open_param?: AlibabaAilabsIotBusinessRecipeInsertorupdateBusinessRecipeOpenParamInput;
}

/** Response of `alibaba.ailabs.iot.business.recipe.insertorupdate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsIotBusinessRecipeInsertorupdateResponse {
  /** 信息 */
  message?: string;
  /** 响应code */
  ret_code?: Int64;
  /** 返回结果，行业食谱Id */
  ret_value?: Int64;
  /** 追踪id */
  trace_id?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BusinessRecipeOpenParam` of `alibaba.ailabs.iot.business.recipe.insertorupdate`. */
export interface AlibabaAilabsIotBusinessRecipeInsertorupdateBusinessRecipeOpenParamInput {
  /** 菜谱描述 */
  description?: string;
  /** 品类Id */
  dev_type_id: Int64Input;
  /** 食谱id */
  recipe_id?: Int64Input;
  /** 开放账号id */
  open_account_id: string;
  /** 食谱图片 */
  recipe_image?: AlibabaAilabsIotBusinessRecipeInsertorupdateImageUrlParamInput;
  /** 重量及单位 */
  recipe_ingredient_list?: AlibabaAilabsIotBusinessRecipeInsertorupdateRecipeIngredientParamInput[];
  /** 食谱中文名 */
  recipe_name_cn: string;
  /** 食谱类型 0视频菜谱 1图文菜谱 */
  recipe_type: Int64Input;
  /** 食谱视频 */
  recipe_video?: AlibabaAilabsIotBusinessRecipeInsertorupdateVideoUrlParamInput;
  /** 标签列表 */
  tag_id_list?: Int64Input[];
  /** 菜谱提示信息 */
  tips?: string;
}

/** `ImageUrlParam` of `alibaba.ailabs.iot.business.recipe.insertorupdate`. */
export interface AlibabaAilabsIotBusinessRecipeInsertorupdateImageUrlParamInput {
  /** 默认图片 */
  img?: string;
  /** 大图 */
  large?: string;
  /** 中图 */
  medium?: string;
  /** 小图 */
  small?: string;
}

/** `RecipeIngredientParam` of `alibaba.ailabs.iot.business.recipe.insertorupdate`. */
export interface AlibabaAilabsIotBusinessRecipeInsertorupdateRecipeIngredientParamInput {
  /** 参数名 */
  name?: string;
  /** 重量及单位 */
  weight?: string;
}

/** `VideoUrlParam` of `alibaba.ailabs.iot.business.recipe.insertorupdate`. */
export interface AlibabaAilabsIotBusinessRecipeInsertorupdateVideoUrlParamInput {
  /** 视频封面图 */
  cover?: AlibabaAilabsIotBusinessRecipeInsertorupdateImageUrlParamInput;
  /** 默认播放链接 */
  default_url?: string;
  /** 视频高度 */
  height?: Int64Input;
  /** 高清 */
  high?: string;
  /** 标清 */
  standard?: string;
  /** 超清 */
  ultra?: string;
  /** 视频宽度 */
  width?: Int64Input;
}

const REQUEST_SCHEMA = {
  param_business_recipe_open_param: {
    description: 'String',
    dev_type_id: 'Number',
    recipe_id: 'Number',
    open_account_id: 'String',
    recipe_image: {
      img: 'String',
      large: 'String',
      medium: 'String',
      small: 'String',
    },
    recipe_ingredient_list: [
      {
        name: 'String',
        weight: 'String',
      },
    ],
    recipe_name_cn: 'String',
    recipe_type: 'Number',
    recipe_video: {
      cover: {
        img: 'String',
        large: 'String',
        medium: 'String',
        small: 'String',
      },
      default_url: 'String',
      height: 'Number',
      high: 'String',
      standard: 'String',
      ultra: 'String',
      width: 'Number',
    },
    tag_id_list: ['Number'],
    tips: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  ret_code: 'Number',
  ret_value: 'Number',
  trace_id: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.iot.business.recipe.insertorupdate`: method, response root, request and response schemas. */
export const alibabaAilabsIotBusinessRecipeInsertorupdateOperation = {
  method: 'alibaba.ailabs.iot.business.recipe.insertorupdate',
  responseRoot: 'alibaba_ailabs_iot_business_recipe_insertorupdate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 插入和更新食谱 — calls TOP method `alibaba.ailabs.iot.business.recipe.insertorupdate`.
 *
 * 插入和更新食谱，将isv的食谱添加到云端进行存储
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsIotBusinessRecipeInsertorupdate(
  client: TopClient,
  request: AlibabaAilabsIotBusinessRecipeInsertorupdateRequest = {},
  options?: CallOptions,
): Promise<AlibabaAilabsIotBusinessRecipeInsertorupdateResponse> {
  return client.call<AlibabaAilabsIotBusinessRecipeInsertorupdateResponse>(
    {
      method: 'alibaba.ailabs.iot.business.recipe.insertorupdate',
      responseRoot: 'alibaba_ailabs_iot_business_recipe_insertorupdate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
