// Generated from specs/damai/alibaba.damai.ec.search.project.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.ec.search.project.search` (大麦电商对外搜索服务). */
export interface AlibabaDamaiEcSearchProjectSearchRequest {
  /** 入参对象 */
  param?: AlibabaDamaiEcSearchProjectSearchTopSearchProjectParamInput;
}

/** Response of `alibaba.damai.ec.search.project.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiEcSearchProjectSearchResponse {
  /** 返回结果 */
  result?: AlibabaDamaiEcSearchProjectSearchMpResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopSearchProjectParam` of `alibaba.damai.ec.search.project.search`. */
export interface AlibabaDamaiEcSearchProjectSearchTopSearchProjectParamInput {
  /** 一级分类名，支持多个（之间是OR关系），以"|"隔开。演唱会,音乐会,话剧歌剧,舞蹈芭蕾,曲苑杂坛,体育比赛,度假休闲,儿童亲子,旅游演艺,韩流地带,动漫,旅游展览 */
  category_name?: string;
  /** 页码 */
  page_number?: Int64Input;
  /** 每页大小,上限50条，不传默认10条 */
  page_size?: Int64Input;
  /** 关联艺人姓名（之间是OR关系），以"|"隔开 */
  artist_name?: string;
  /** 子分类，支持多个（之间是OR关系），以"|"隔开 一级分类对应子分类如下，演唱会:(摇滚,民族,流行,音乐节,其他) 音乐会:(声乐及合唱,室内乐及古乐,独奏,管弦乐,其他) 话剧歌剧:(儿童剧,歌剧,歌舞剧,话剧,音乐剧) 舞蹈芭蕾:(舞剧,舞蹈,芭蕾) 曲苑杂坛:(戏曲,杂技,相声,马戏,魔术,其他) 体育比赛:(冰雪,搏击运动,格斗,球类运动,田径,电竞,篮球,网球,赛车,足球,其它竞技,其他) 度假休闲:(主题公园,代金券,展会,度假村,温泉,游览线路,滑雪,特色体验,风景区) */
  sub_category_name?: string;
  /** 搜索关键字 */
  keyword?: string;
  /** 过滤城市名，支持多个（之间是OR关系），以"|"隔开 */
  filter_city_name?: string;
  /** 排序类型 1: 上架时间倒排序 2: 最近场次演出时间排序 0:按相关度降序 3:热门排序, 默认 0 */
  sort_type?: Int64Input;
  /** 0：无强指定 1:今天 2：明天 3：周末 4:30天内 5:自定义 6: 本周 7： 本月 8：本月周末场 */
  date_type?: Int64Input;
  /** 开始日期，格式yyyy-MM-dd */
  start_date?: string;
  /** 结束日期，格式yyyy-MM-dd */
  end_date?: string;
  /** 渠道（之间是OR关系），以"|"隔开。10001, "大麦app" * 10002, "大麦pc" * 10003, "大麦h5" * 20000, "天猫" * 30000, "支付宝" * 40000, "淘票票" * 50000, "其他" */
  channel?: string;
}

/** `MpResult` of `alibaba.damai.ec.search.project.search`. */
export interface AlibabaDamaiEcSearchProjectSearchMpResult {
  /** model */
  model?: AlibabaDamaiEcSearchProjectSearchQueryProjectResult;
  /** 错误信息 */
  error_msg?: string;
  /** 是否调用成功 */
  success?: boolean;
}

/** `QueryProjectResult` of `alibaba.damai.ec.search.project.search`. */
export interface AlibabaDamaiEcSearchProjectSearchQueryProjectResult {
  /** 项目信息 */
  projects?: AlibabaDamaiEcSearchProjectSearchProjectDto[];
}

/** `ProjectDto` of `alibaba.damai.ec.search.project.search`. */
export interface AlibabaDamaiEcSearchProjectSearchProjectDto {
  /** 演出城市 */
  city_name?: string;
  /** 演出时间 */
  show_time?: string;
  /** 项目主类 */
  category_name?: string;
  /** 场次开始时间 */
  perform_start_time?: string;
  /** 项目图片地址 */
  vertical_pic?: string;
  /** 项目名称 */
  name?: string;
  /** 艺人数据 */
  actors?: string;
  /** 场馆城市 */
  venue_city?: string;
  /** 结束售卖时间 */
  sell_end_time?: Int64;
  /** 场馆名称 */
  venue_name?: string;
  /** 优惠价格 */
  promotion_price?: string;
  /** 上架时间 */
  up_time?: string;
  /** 关联艺人 */
  artist_name?: string;
  /** 项目子类 */
  sub_category_name?: string;
  /** 巡演信息 */
  tours?: string;
  /** 关联品牌 */
  brand_name?: string;
  /** 商品状态 3:售票中 */
  site_status?: string;
  /** 推荐语 */
  sub_head?: string;
  /** 扩展信息 */
  extra_info_map?: AlibabaDamaiEcSearchProjectSearchExtrainfomap;
  /** 是否电子票 1:是，0:非 */
  is_e_ticket?: string;
  /** 是否选座 1:是,0:非 */
  is_select_seat?: string;
  /** 短标题 */
  sub_title?: string;
  /** 价格字符串 */
  price_str?: string;
  /** 演出场馆id */
  venue_id?: Int64;
  /** 纬度 */
  latitude?: string;
  /** 经度 */
  longitude?: string;
}

/** `Extrainfomap` of `alibaba.damai.ec.search.project.search`. */
export interface AlibabaDamaiEcSearchProjectSearchExtrainfomap {
  /** 购票链接 */
  buy_url?: string;
}

const REQUEST_SCHEMA = {
  param: {
    category_name: 'String',
    page_number: 'Number',
    page_size: 'Number',
    artist_name: 'String',
    sub_category_name: 'String',
    keyword: 'String',
    filter_city_name: 'String',
    sort_type: 'Number',
    date_type: 'Number',
    start_date: 'String',
    end_date: 'String',
    channel: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      projects: [
        {
          city_name: 'String',
          show_time: 'String',
          category_name: 'String',
          perform_start_time: 'String',
          vertical_pic: 'String',
          name: 'String',
          actors: 'String',
          venue_city: 'String',
          sell_end_time: 'Number',
          venue_name: 'String',
          promotion_price: 'String',
          up_time: 'String',
          artist_name: 'String',
          sub_category_name: 'String',
          tours: 'String',
          brand_name: 'String',
          site_status: 'String',
          sub_head: 'String',
          extra_info_map: {
            buy_url: 'String',
          },
          is_e_ticket: 'String',
          is_select_seat: 'String',
          sub_title: 'String',
          price_str: 'String',
          venue_id: 'Number',
          latitude: 'String',
          longitude: 'String',
        },
      ],
    },
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.damai.ec.search.project.search`: method, response root, request and response schemas. */
export const alibabaDamaiEcSearchProjectSearchOperation = {
  method: 'alibaba.damai.ec.search.project.search',
  responseRoot: 'alibaba_damai_ec_search_project_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 大麦电商对外搜索服务 — calls TOP method `alibaba.damai.ec.search.project.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiEcSearchProjectSearch(
  client: TopClient,
  request: AlibabaDamaiEcSearchProjectSearchRequest = {},
  options?: CallOptions,
): Promise<AlibabaDamaiEcSearchProjectSearchResponse> {
  return client.call<AlibabaDamaiEcSearchProjectSearchResponse>(
    {
      method: 'alibaba.damai.ec.search.project.search',
      responseRoot: 'alibaba_damai_ec_search_project_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
