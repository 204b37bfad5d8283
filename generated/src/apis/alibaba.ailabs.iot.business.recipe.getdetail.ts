// Generated from specs/iot/alibaba.ailabs.iot.business.recipe.getdetail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.iot.business.recipe.getdetail` (获取食谱详情). */
export interface AlibabaAilabsIotBusinessRecipeGetdetailRequest {
  /** 行业食谱id */
  business_recipe_id: Int64Input;
  /** 开放账号id */
  open_account_id: string;
}

/** Response of `alibaba.ailabs.iot.business.recipe.getdetail`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsIotBusinessRecipeGetdetailResponse {
  /** 返回包装类 */
  result?: AlibabaAilabsIotBusinessRecipeGetdetailBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResult` of `alibaba.ailabs.iot.business.recipe.getdetail`. */
export interface AlibabaAilabsIotBusinessRecipeGetdetailBaseResult {
  /** 信息 */
  message?: string;
  /** 响应code */
  ret_code?: Int64;
  /** 返回结果 */
  ret_value?: AlibabaAilabsIotBusinessRecipeGetdetailBusinessRecipeOpenDto;
  /** 追踪id */
  trace_id?: string;
}

/** `BusinessRecipeOpenDto` of `alibaba.ailabs.iot.business.recipe.getdetail`. */
export interface AlibabaAilabsIotBusinessRecipeGetdetailBusinessRecipeOpenDto {
  /** 行业食谱id */
  business_recipe_id?: Int64;
  /** 菜谱描述 */
  description?: string;
  /** 菜谱功能类型 1 普通食谱 2 智能食谱 */
  function_type?: Int64;
  /** 食谱图片 */
  recipe_image?: AlibabaAilabsIotBusinessRecipeGetdetailImageUrlDto;
  /** 食谱食材参数列表 */
  recipe_ingredient_list?: AlibabaAilabsIotBusinessRecipeGetdetailRecipeIngredientDto[];
  /** 食谱中文名 */
  recipe_name_cn?: string;
  /** 食谱步骤列表 */
  recipe_step_list?: AlibabaAilabsIotBusinessRecipeGetdetailBusinessRecipeStepOpenDto[];
  /** 食谱时间，单位秒 */
  recipe_time?: Int64;
  /** 食谱视频 */
  recipe_video?: AlibabaAilabsIotBusinessRecipeGetdetailVideoUrlDto;
  /** 标签列表 */
  tag_list?: AlibabaAilabsIotBusinessRecipeGetdetailContentTagDto[];
  /** 食谱提示信息 */
  tips?: string;
  /** 食谱类型 0视频菜谱 1图文菜谱 */
  recipe_type?: string;
}

/** `ImageUrlDto` of `alibaba.ailabs.iot.business.recipe.getdetail`. */
export interface AlibabaAilabsIotBusinessRecipeGetdetailImageUrlDto {
  /** 默认图片 */
  img?: string;
  /** 大图 */
  large?: string;
  /** 中图 */
  medium?: string;
  /** 小图 */
  small?: string;
}

/** `RecipeIngredientDto` of `alibaba.ailabs.iot.business.recipe.getdetail`. */
export interface AlibabaAilabsIotBusinessRecipeGetdetailRecipeIngredientDto {
  /** 参数名 */
  name?: string;
  /** 重量及单位 */
  weight?: string;
}

/** `BusinessRecipeStepOpenDto` of `alibaba.ailabs.iot.business.recipe.getdetail`. */
export interface AlibabaAilabsIotBusinessRecipeGetdetailBusinessRecipeStepOpenDto {
  /** 行业食谱id */
  business_recipe_id?: Int64;
  /** 行业食谱步骤id */
  business_recipe_step_id?: Int64;
  /** 步骤详细描述 */
  description?: string;
  /** 食谱步骤图url */
  image_url?: AlibabaAilabsIotBusinessRecipeGetdetailImageUrlDto;
  /** 食谱步骤指令列表 */
  recipe_step_action_list?: AlibabaAilabsIotBusinessRecipeGetdetailBusinessRecipeStepActionOpenDto[];
  /** 食谱步骤名 */
  recipe_step_name?: string;
  /** 食谱步骤时间 */
  recipe_step_time?: Int64;
  /** 顺序号 */
  sequence?: Int64;
  /** 食谱步骤提示 */
  tips?: string;
  /** 食谱步骤视频 */
  video_url?: AlibabaAilabsIotBusinessRecipeGetdetailVideoUrlDto;
}

/** `BusinessRecipeStepActionOpenDto` of `alibaba.ailabs.iot.business.recipe.getdetail`. */
export interface AlibabaAilabsIotBusinessRecipeGetdetailBusinessRecipeStepActionOpenDto {
  /** 指令名 */
  action_name?: string;
  /** 指令类型：0:整数型,1:枚举类型,2:浮点类型,3:布尔型,4:字符串,5:时间型,6:JSON对象 */
  action_type?: Int64;
  /** 指令值 */
  action_value?: string;
  /** 指令顺序号 */
  sequence?: Int64;
}

/** `VideoUrlDto` of `alibaba.ailabs.iot.business.recipe.getdetail`. */
export interface AlibabaAilabsIotBusinessRecipeGetdetailVideoUrlDto {
  /** 视频封面图 */
  cover?: AlibabaAilabsIotBusinessRecipeGetdetailImageUrlDto;
  /** 默认播放链接 */
  default_url?: string;
  /** 视频高度 */
  height?: Int64;
  /** 高清 */
  high?: string;
  /** 标清 */
  standard?: string;
  /** 超清 */
  ultra?: string;
  /** 视频宽度 */
  width?: Int64;
}

/** `ContentTagDto` of `alibaba.ailabs.iot.business.recipe.getdetail`. */
export interface AlibabaAilabsIotBusinessRecipeGetdetailContentTagDto {
  /** 标签id */
  tag_id?: Int64;
  /** 标签名称 */
  tag_name?: string;
}

const REQUEST_SCHEMA = {
  business_recipe_id: 'Number',
  open_account_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    ret_code: 'Number',
    ret_value: {
      business_recipe_id: 'Number',
      description: 'String',
      function_type: 'Number',
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
      recipe_step_list: [
        {
          business_recipe_id: 'Number',
          business_recipe_step_id: 'Number',
          description: 'String',
          image_url: {
            img: 'String',
            large: 'String',
            medium: 'String',
            small: 'String',
          },
          recipe_step_action_list: [
            {
              action_name: 'String',
              action_type: 'Number',
              action_value: 'String',
              sequence: 'Number',
            },
          ],
          recipe_step_name: 'String',
          recipe_step_time: 'Number',
          sequence: 'Number',
          tips: 'String',
          video_url: {
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
        },
      ],
      recipe_time: 'Number',
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
      tag_list: [
        {
          tag_id: 'Number',
          tag_name: 'String',
        },
      ],
      tips: 'String',
      recipe_type: 'String',
    },
    trace_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.iot.business.recipe.getdetail`: method, response root, request and response schemas. */
export const alibabaAilabsIotBusinessRecipeGetdetailOperation = {
  method: 'alibaba.ailabs.iot.business.recipe.getdetail',
  responseRoot: 'alibaba_ailabs_iot_business_recipe_getdetail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取食谱详情 — calls TOP method `alibaba.ailabs.iot.business.recipe.getdetail`.
 *
 * 获取食谱详情接口，获取ISV自己的食谱详情数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsIotBusinessRecipeGetdetail(
  client: TopClient,
  request: AlibabaAilabsIotBusinessRecipeGetdetailRequest,
  options?: CallOptions,
): Promise<AlibabaAilabsIotBusinessRecipeGetdetailResponse> {
  return client.call<AlibabaAilabsIotBusinessRecipeGetdetailResponse>(
    {
      method: 'alibaba.ailabs.iot.business.recipe.getdetail',
      responseRoot: 'alibaba_ailabs_iot_business_recipe_getdetail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
