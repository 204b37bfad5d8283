// Generated from specs/simba/taobao.universalbp.adgroup.horizontal.findpage.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.universalbp.adgroup.horizontal.findpage` (查询单元分页列表). */
export interface TaobaoUniversalbpAdgroupHorizontalFindpageRequest {
  /** topServiceContext */
  top_service_context: TaobaoUniversalbpAdgroupHorizontalFindpageTopServiceContextInput;
  /** adgroupQueryVO */
  adgroup_query_v_o: TaobaoUniversalbpAdgroupHorizontalFindpageAdgroupQueryVoInput;
}

/** Response of `taobao.universalbp.adgroup.horizontal.findpage`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUniversalbpAdgroupHorizontalFindpageResponse {
  /** 结果体 */
  result?: TaobaoUniversalbpAdgroupHorizontalFindpageTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopServiceContext` of `taobao.universalbp.adgroup.horizontal.findpage`. */
export interface TaobaoUniversalbpAdgroupHorizontalFindpageTopServiceContextInput {
  /** api业务线编码 */
  biz_code: string;
}

/** `AdgroupQueryVo` of `taobao.universalbp.adgroup.horizontal.findpage`. */
export interface TaobaoUniversalbpAdgroupHorizontalFindpageAdgroupQueryVoInput {
  /** 计划id集合 */
  campaign_id_list: Int64Input[];
  /** 偏移量 */
  offset?: Int64Input;
  /** 页面大小 */
  page_size?: Int64Input;
}

/** `TopResult` of `taobao.universalbp.adgroup.horizontal.findpage`. */
export interface TaobaoUniversalbpAdgroupHorizontalFindpageTopResult {
  /** 请求系统信息 */
  info?: TaobaoUniversalbpAdgroupHorizontalFindpageTopInfo;
  /** 结果集 */
  adgroup_v_o_top_bulk_data?: TaobaoUniversalbpAdgroupHorizontalFindpageTopBulkData;
}

/** `TopInfo` of `taobao.universalbp.adgroup.horizontal.findpage`. */
export interface TaobaoUniversalbpAdgroupHorizontalFindpageTopInfo {
  /** 是否成功 */
  ok?: boolean;
  /** 错误信息 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
}

/** `TopBulkData` of `taobao.universalbp.adgroup.horizontal.findpage`. */
export interface TaobaoUniversalbpAdgroupHorizontalFindpageTopBulkData {
  /** 批量结果集 */
  adgroup_v_o_list?: TaobaoUniversalbpAdgroupHorizontalFindpageAdgroupVo[];
  /** 数量 */
  count?: Int64;
}

/** `AdgroupVo` of `taobao.universalbp.adgroup.horizontal.findpage`. */
export interface TaobaoUniversalbpAdgroupHorizontalFindpageAdgroupVo {
  /** 计划id,计划已经存在场景必填,eg:添加主体、编辑计划状态等场景 */
  campaign_id?: Int64;
  /** 计划名称 */
  campaign_name?: string;
  /** 单元id */
  adgroup_id?: Int64;
  /** 单元名称 */
  adgroup_name?: string;
  /** 投放状态,-1:未进入投放状态,0:用户设置状态-下线,1:用户设置状态-上线,2:合同未生效,9:投放结束,105:待支付 */
  online_status?: Int64;
  /** 前端展示状态,pause:暂停推广,start:正在推广,terminate:结束推广,wait:等待推广,pending:准备推广,wait_pay:计划未付款 */
  display_status?: string;
  /** 风控审核状态,-1:待审核,0:后台下线状态,1:后台上线状态 */
  audit_status?: Int64;
  /** 审核拒绝原因 */
  audit_reason?: string;
  /** 单元智能出价信息 */
  adgroup_ocpc?: TaobaoUniversalbpAdgroupHorizontalFindpageAdgroupOcpcVo;
  /** 推广主体类型,item:商品,item_private_mini:独享橱窗,shop:店铺,content:内容,short_video:短视频,user_define:自定义; */
  promotion_type?: string;
  /** 推广子主体类型,item:商品，item_private_mini:独享橱窗，shop:店铺，you_hao_huo:有好货，picture:图文，short_video:短视频，live_room:直播间，live_spot:看点，tao_blocks:淘积木，user_define_url:自定义url */
  sub_promotion_type?: string;
  /** 主体类型对应的物料信息 */
  material?: TaobaoUniversalbpAdgroupHorizontalFindpageCommonMaterialVo;
  /** 视频组件id,0:宝贝链接,3:订阅店铺,5:直播,6:加购,7:收藏加购,8:入会有礼,12:关注有礼,11:直播联动,10:自定义模板,13:同店搜 */
  alive_group_id?: Int64;
  /** 视频组件名称 */
  alive_group_name?: string;
  /** 智能创意生成状态,success:合成成功,fail:合成失败 */
  black_creative_status?: string;
}

/** `AdgroupOcpcVo` of `taobao.universalbp.adgroup.horizontal.findpage`. */
export interface TaobaoUniversalbpAdgroupHorizontalFindpageAdgroupOcpcVo {
  /** OCPC是否开启，false:否，true:是 */
  enable_ocpc?: boolean;
  /** OCPC溢价比例 */
  ocpc_ratio?: Int64;
}

/** `CommonMaterialVo` of `taobao.universalbp.adgroup.horizontal.findpage`. */
export interface TaobaoUniversalbpAdgroupHorizontalFindpageCommonMaterialVo {
  /** 物料id */
  material_id?: Int64;
  /** 物料类型,1:淘宝宝贝,2:淘宝店铺,3:cms LandingPage页面,4:cms 分流总页面,5:自定义,201:PC店铺LandingPage页面,202:无线店铺LandingPage页面,203:内容LandingPage页面,204:淘宝直播,210:淘宝直播用户ID,205:有好货,209:无线店铺Tab3页面,212:超级品牌日LandingPage页面,211:超级发布会LandingPage页面,301:ICBU商品,302:ICBU PC店铺LandingPage页面,303:ICBU PC店铺,8:用户ID,9:信息流淘积木用户ID,10:口碑用户ID,206:店铺优惠券,207:商品优惠券,208:直播单品,309:直播间商品半屏卡,304:1688商品,305:内容平台-短视频,306:附近门店-用户ID,307:饿了么-菜品,401:LAZADA商品,501:飞猪酒店,502:飞猪商品,503:飞猪短信,601:淘积木页面,1001:AE宝贝,1101:淘宝宝贝SKU,310:内容平台-订阅内容 */
  material_type?: Int64;
  /** 物料名称 */
  material_name?: string;
  /** 标题 */
  title?: string;
  /** 图片地址 */
  img_url?: string;
  /** 跳转链接 */
  link_url?: string;
  /** 价格 */
  price?: string;
  /** 销量 */
  bid_count?: Int64;
  /** 库存 */
  quantity?: Int64;
  /** 首次上架时间 */
  first_starts_time?: string;
  /** 最近上架时间 */
  starts?: string;
  /** 主站类目路径，空格分隔多级 */
  category_id?: string;
  /** 推广主体类型,item:商品,item_private_mini:独享橱窗,shop:店铺,content:内容,short_video:短视频,user_define:自定义; */
  promotion_type?: string;
  /** 推广子主体类型,item:商品，item_private_mini:独享橱窗，shop:店铺，you_hao_huo:有好货，picture:图文，short_video:短视频，live_room:直播间，live_spot:看点，tao_blocks:淘积木，user_define_url:自定义url */
  sub_promotion_type?: string;
  /** 生命周期指标-越迁阶段列表,列表中最多有2个元素。在页面上展示的时候，按照元素的索引，从左到右依次展示即 */
  life_cycle_list?: TaobaoUniversalbpAdgroupHorizontalFindpageItemLifeCycleViewVo[];
  /** 生命周期指标-天数 */
  life_cycle_days?: Int64;
  /** 生命周期指标-同叶子类目均值对比 */
  life_cycle_diff_with_avg?: string;
  /** 生命周期指标-同叶子类目均值对比提示文案 */
  life_cycle_diff_with_avg_tips?: string;
  /** 商品成长指标-成长文案 */
  grow_desc?: string;
  /** 商品成长指标-成交排名 */
  grow_rank?: Int64;
}

/** `ItemLifeCycleViewVo` of `taobao.universalbp.adgroup.horizontal.findpage`. */
export interface TaobaoUniversalbpAdgroupHorizontalFindpageItemLifeCycleViewVo {
  /** 周期文案 */
  life_cycle_desc?: string;
  /** 文案颜色 */
  color?: string;
  /** 周期提示文案 */
  tips?: string;
}

const REQUEST_SCHEMA = {
  top_service_context: {
    biz_code: 'String',
  },
  adgroup_query_v_o: {
    campaign_id_list: ['Number'],
    offset: 'Number',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    info: {
      ok: 'Boolean',
      message: 'String',
      error_code: 'String',
    },
    adgroup_v_o_top_bulk_data: {
      adgroup_v_o_list: [
        {
          campaign_id: 'Number',
          campaign_name: 'String',
          adgroup_id: 'Number',
          adgroup_name: 'String',
          online_status: 'Number',
          display_status: 'String',
          audit_status: 'Number',
          audit_reason: 'String',
          adgroup_ocpc: {
            enable_ocpc: 'Boolean',
            ocpc_ratio: 'Number',
          },
          promotion_type: 'String',
          sub_promotion_type: 'String',
          material: {
            material_id: 'Number',
            material_type: 'Number',
            material_name: 'String',
            title: 'String',
            img_url: 'String',
            link_url: 'String',
            price: 'String',
            bid_count: 'Number',
            quantity: 'Number',
            first_starts_time: 'Date',
            starts: 'Date',
            category_id: 'String',
            promotion_type: 'String',
            sub_promotion_type: 'String',
            life_cycle_list: [
              {
                life_cycle_desc: 'String',
                color: 'String',
                tips: 'String',
              },
            ],
            life_cycle_days: 'Number',
            life_cycle_diff_with_avg: 'String',
            life_cycle_diff_with_avg_tips: 'String',
            grow_desc: 'String',
            grow_rank: 'Number',
          },
          alive_group_id: 'Number',
          alive_group_name: 'String',
          black_creative_status: 'String',
        },
      ],
      count: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.universalbp.adgroup.horizontal.findpage`: method, response root, request and response schemas. */
export const taobaoUniversalbpAdgroupHorizontalFindpageOperation = {
  method: 'taobao.universalbp.adgroup.horizontal.findpage',
  responseRoot: 'universalbp_adgroup_horizontal_findpage_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询单元分页列表 — calls TOP method `taobao.universalbp.adgroup.horizontal.findpage`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUniversalbpAdgroupHorizontalFindpage(
  client: TopClient,
  request: TaobaoUniversalbpAdgroupHorizontalFindpageRequest,
  options?: CallOptions,
): Promise<TaobaoUniversalbpAdgroupHorizontalFindpageResponse> {
  return client.call<TaobaoUniversalbpAdgroupHorizontalFindpageResponse>(
    {
      method: 'taobao.universalbp.adgroup.horizontal.findpage',
      responseRoot: 'universalbp_adgroup_horizontal_findpage_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
